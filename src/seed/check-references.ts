// Every id an item points at must be declared somewhere, and be of the kind
// the edge it becomes in the graph expects (docs/model.md, "Graph").
import type { AnnotationProblem } from './annotation-error';
import { ACTOR_RELATION_TYPES } from './annotation.schema';
import type { IdRegistry } from './id-registry';
import type { IdKind, ParsedFile } from './parsed-file';
import { suggestId } from './suggest-id';

const ARTICLE_NOUN: Record<IdKind, string> = {
  article: 'an article',
  actor: 'an actor',
  territory: 'a territory',
  event: 'an event',
  statement: 'a statement',
  demand: 'a demand',
};

function describeKinds(kinds: readonly IdKind[]): string {
  const nouns = kinds.map((kind) => ARTICLE_NOUN[kind]);
  return nouns.length === 1 ? nouns[0] : `${nouns.slice(0, -1).join(', ')} or ${nouns[nouns.length - 1]}`;
}

class ReferenceChecker {
  readonly problems: AnnotationProblem[] = [];

  constructor(private readonly registry: IdRegistry) {}

  /** Checks one reference; null/undefined means "not given" and is fine here. */
  ref(file: string, path: string, id: string | null | undefined, kinds: readonly IdKind[]): void {
    if (id == null) return;
    const declared = this.registry.get(id);
    if (!declared) {
      const candidates = [...this.registry.values()].filter((d) => kinds.includes(d.kind)).map((d) => d.id);
      // A near-miss id first (a typo), else an item whose name or alias the id spells.
      const suggestion = suggestId(id, candidates) ?? this.registry.namedLike(id, kinds);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
      this.problems.push({ file, path, reason: `unknown id "${id}" (expected ${describeKinds(kinds)})${hint}` });
      return;
    }
    if (!kinds.includes(declared.kind)) {
      this.problems.push({
        file,
        path,
        reason: `"${id}" is ${ARTICLE_NOUN[declared.kind]} (${declared.file} ${declared.path}), expected ${describeKinds(kinds)}`,
      });
    }
  }

  refs(file: string, path: string, ids: readonly string[], kinds: readonly IdKind[]): void {
    ids.forEach((id, index) => this.ref(file, `${path}[${index}]`, id, kinds));
  }

  problem(file: string, path: string, reason: string): void {
    this.problems.push({ file, path, reason });
  }
}

const ACTOR_TO_ACTOR: ReadonlySet<string> = new Set(ACTOR_RELATION_TYPES);

export function checkReferences(files: readonly ParsedFile[], registry: IdRegistry): AnnotationProblem[] {
  const check = new ReferenceChecker(registry);
  for (const { file, article, sections } of files) {
    if (article) check.ref(file, 'article.outlet', article.value.outlet, ['actor']);

    for (const { value: event, path } of sections.events) {
      check.refs(file, `${path}.participants`, event.participants, ['actor']);
      check.refs(file, `${path}.territories`, event.territories, ['territory']);
      check.ref(file, `${path}.article`, event.article, ['article']);
    }

    for (const { value: statement, path } of sections.statements) {
      check.ref(file, `${path}.speaker`, statement.speaker, ['actor']);
      check.ref(file, `${path}.onBehalfOf`, statement.onBehalfOf, ['actor']);
      check.ref(file, `${path}.reportedBy`, statement.reportedBy, ['actor']);
      check.refs(file, `${path}.targets`, statement.targets, ['actor']);
      check.refs(file, `${path}.mentions`, statement.mentions, ['actor', 'territory', 'event']);
      statement.demands.forEach((stance, index) => check.ref(file, `${path}.demands[${index}].demand`, stance.demand, ['demand']));
    }

    for (const { value: demand, path } of sections.demands) {
      check.ref(file, `${path}.owner`, demand.owner, ['actor']);
      check.refs(file, `${path}.addressedTo`, demand.addressedTo, ['actor']);
      check.refs(file, `${path}.territories`, demand.territories, ['territory']);
      check.refs(file, `${path}.conflictsWith`, demand.conflictsWith, ['demand']);
      demand.conflictsWith.forEach((other, index) => {
        if (other === demand.id) check.problem(file, `${path}.conflictsWith[${index}]`, 'a demand cannot conflict with itself');
      });
    }

    for (const { value: relation, path } of sections.relations) {
      const actorToActor = ACTOR_TO_ACTOR.has(relation.type);
      check.ref(file, `${path}.from`, relation.from, ['actor']);
      check.ref(file, `${path}.to`, relation.to, [actorToActor ? 'actor' : 'territory']);
      check.ref(file, `${path}.article`, relation.article, ['article']);
      check.ref(file, `${path}.statement`, relation.statement, ['statement']);
      // The statement is provenance too: it must come from the article named.
      const statement = relation.statement ? registry.get(relation.statement) : undefined;
      if (statement?.kind === 'statement' && statement.article && statement.article !== relation.article) {
        check.problem(
          file,
          `${path}.statement`,
          `statement "${relation.statement}" is reported in ${statement.article}, not in ${relation.article}`,
        );
      }
      // The graph only has a role on actor-to-actor edges; it would be dropped silently.
      if (!actorToActor && relation.role !== null) {
        check.problem(file, `${path}.role`, `role applies only to actor-to-actor relations, not to ${relation.type}`);
      }
    }
  }
  return check.problems;
}
