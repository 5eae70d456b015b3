// Leave-one-out evaluation of the drafter on an annotated corpus: each
// article is drafted from its text alone, with every other file as the known
// graph (never its own), and compared with its hand annotation. Deterministic:
// the same corpus gives the same table.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ActorAnnotation, AnnotationFile, DemandAnnotation, StatementAnnotation } from '../seed/annotation.schema';
import { parseAnnotationFile } from '../seed/parse-annotation-file';
import { draftAnnotation } from './draft-annotation';
import type { Draft } from './draft-annotation';
import { fold } from './fold';
import { knownGraphFrom, readAnnotationFiles } from './known-graph';

export interface Count {
  /** Hand items found by the draft (recall's numerator). */
  found: number;
  hand: number;
  /** Drafted items that match a hand item (precision's numerator). */
  right: number;
  drafted: number;
}

export interface Evaluation {
  articles: number;
  quotes: Count;
  exactSpans: Count;
  speakers: Count;
  demands: Count;
  rejections: Count;
  rejectionsSameActors: Count;
  articleDates: Count;
  statementDates: Count;
  statementTypes: Count;
  perArticle: { file: string; quotes: Count; speakers: Count; demands: Count; rejections: Count }[];
}

type Span = { start: number; end: number };
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const zero = (): Count => ({ found: 0, hand: 0, right: 0, drafted: 0 });
const add = (total: Count, part: Count) => {
  total.found += part.found;
  total.hand += part.hand;
  total.right += part.right;
  total.drafted += part.drafted;
};

/** Each seed article drafted with the other seed files as the known graph. */
export function evaluateLeaveOneOut(seedDir: string): Promise<Evaluation> {
  return evaluateArticles(seedDir, seedDir);
}

/**
 * Articles annotated apart from the seed (`dir` holds articles/ and
 * annotations/ as seed/ does), each drafted with the whole seed and the other
 * held-out files as the known graph: the check on text the rules were not
 * written on.
 */
export function evaluateHeldOut(seedDir: string, dir: string): Promise<Evaluation> {
  return evaluateArticles(seedDir, dir);
}

async function evaluateArticles(seedDir: string, evaluatedDir: string): Promise<Evaluation> {
  const evaluatedFiles = await readAnnotationFiles(evaluatedDir);
  const files =
    evaluatedDir === seedDir ? evaluatedFiles : [...(await readAnnotationFiles(seedDir)), ...evaluatedFiles];
  const parsed = files.map((file) => ({ ...file, result: parseAnnotationFile(file.path, file.content).parsed }));
  const allActors = new Map<string, ActorAnnotation>();
  const allDemands = new Map<string, DemandAnnotation>();
  for (const file of parsed) {
    for (const { value } of file.result.sections.actors) allActors.set(value.id, value);
    for (const { value } of file.result.sections.demands) allDemands.set(value.id, value);
  }
  const evaluation: Evaluation = {
    articles: 0,
    quotes: zero(),
    exactSpans: zero(),
    speakers: zero(),
    demands: zero(),
    rejections: zero(),
    rejectionsSameActors: zero(),
    articleDates: zero(),
    statementDates: zero(),
    statementTypes: zero(),
    perArticle: [],
  };
  const evaluatedPaths = new Set(evaluatedFiles.map((file) => file.path));
  for (const file of parsed) {
    const article = file.result.article?.value;
    if (!article || !evaluatedPaths.has(file.path)) continue;
    const hand: Pick<AnnotationFile, 'statements' | 'demands' | 'actors'> = {
      statements: file.result.sections.statements.map((item) => item.value),
      demands: file.result.sections.demands.map((item) => item.value),
      actors: file.result.sections.actors.map((item) => item.value),
    };
    const graph = knownGraphFrom(files.filter((other) => other.path !== file.path));
    const text = await readFile(path.join(evaluatedDir, 'articles', article.file), 'utf8');
    const given = article.published.precision === 'DAY' ? article.published.value : null;
    const draft = draftAnnotation(text, { graph, file: article.file, date: given });
    const undated = draftAnnotation(text, { graph, file: article.file });
    const compare = new Comparison(hand, draft, allActors, allDemands);
    const quotes = compare.quotes();
    const speakers = compare.speakers();
    const demands = compare.demands();
    const rejections = compare.rejections(false);
    add(evaluation.quotes, quotes);
    add(evaluation.exactSpans, compare.exactSpans());
    add(evaluation.speakers, speakers);
    add(evaluation.demands, demands);
    add(evaluation.rejections, rejections);
    add(evaluation.rejectionsSameActors, compare.rejections(true));
    add(evaluation.statementDates, compare.statementDates());
    add(evaluation.statementTypes, compare.statementTypes());
    const dateRight = undated.annotation.article?.published.value === article.published.value ? 1 : 0;
    add(evaluation.articleDates, { found: dateRight, hand: 1, right: dateRight, drafted: 1 });
    evaluation.perArticle.push({ file: article.file, quotes, speakers, demands, rejections });
    evaluation.articles++;
  }
  return evaluation;
}

class Comparison {
  private readonly draftActors: Map<string, ActorAnnotation>;

  constructor(
    private readonly hand: Pick<AnnotationFile, 'statements' | 'demands' | 'actors'>,
    private readonly draft: Draft,
    private readonly allActors: Map<string, ActorAnnotation>,
    private readonly allDemands: Map<string, DemandAnnotation>,
  ) {
    this.draftActors = new Map(draft.annotation.actors.map((actor) => [actor.id, actor]));
  }

  private get handQuoted(): StatementAnnotation[] {
    return this.hand.statements.filter((statement) => statement.quote);
  }

  private get draftQuoted(): StatementAnnotation[] {
    return this.draft.annotation.statements.filter((statement) => statement.quote);
  }

  quotes(): Count {
    const hand = this.handQuoted;
    const drafted = this.draftQuoted;
    return {
      found: hand.filter((h) => drafted.some((d) => overlaps(h.quote!, d.quote!))).length,
      hand: hand.length,
      right: drafted.filter((d) => hand.some((h) => overlaps(h.quote!, d.quote!))).length,
      drafted: drafted.length,
    };
  }

  exactSpans(): Count {
    const hand = this.handQuoted;
    const drafted = this.draftQuoted;
    const exact = hand.filter((h) =>
      drafted.some((d) => d.quote!.start === h.quote!.start && d.quote!.end === h.quote!.end),
    ).length;
    return { found: exact, hand: hand.length, right: exact, drafted: drafted.length };
  }

  /** The speaker of each hand quote the draft found, compared with the drafted quote's speaker. */
  speakers(): Count {
    let compared = 0;
    let right = 0;
    for (const h of this.handQuoted) {
      const d = this.draftQuoted.find((statement) => overlaps(statement.quote!, h.quote!));
      if (!d) continue;
      compared++;
      if (this.sameActor(d.speaker, h.speaker)) right++;
    }
    return { found: right, hand: compared, right, drafted: compared };
  }

  statementDates(): Count {
    return this.onFoundQuotes((d, h) => d.date.value === h.date.value);
  }

  statementTypes(): Count {
    return this.onFoundQuotes((d, h) => d.plover.type === h.plover.type);
  }

  /** How many found quotes' statements agree with the hand's on `same`. */
  private onFoundQuotes(same: (drafted: StatementAnnotation, hand: StatementAnnotation) => boolean): Count {
    let compared = 0;
    let right = 0;
    for (const h of this.handQuoted) {
      const d = this.draftQuoted.find((statement) => overlaps(statement.quote!, h.quote!));
      if (!d) continue;
      compared++;
      if (same(d, h)) right++;
    }
    return { found: right, hand: compared, right, drafted: compared };
  }

  /** Voiced demands (SETS or REPEATS): the same sentences, and an owner on the same side. */
  demands(): Count {
    const handVoiced = voicings(this.hand.statements, ['SETS', 'REPEATS'], (id) => this.allDemands.get(id));
    const draftDemands = new Map(this.draft.annotation.demands.map((demand) => [demand.id, demand]));
    const draftVoiced = voicings(
      this.draft.annotation.statements,
      ['SETS', 'REPEATS'],
      (id) => draftDemands.get(id) ?? this.allDemands.get(id),
    );
    const matches = (h: Voicing, d: Voicing) =>
      h.spans.some((span) => d.spans.some((other) => overlaps(span, other))) &&
      this.side(h.owner) === this.side(d.owner);
    return {
      found: handVoiced.filter((h) => draftVoiced.some((d) => matches(h, d))).length,
      hand: handVoiced.length,
      right: draftVoiced.filter((d) => handVoiced.some((h) => matches(h, d))).length,
      drafted: draftVoiced.length,
    };
  }

  /** Rejections, one to one: the same sentence, the rejecter and the demand's owner on the same sides (or the same actors). */
  rejections(sameActors: boolean): Count {
    const draftDemands = new Map(this.draft.annotation.demands.map((demand) => [demand.id, demand]));
    const handPairs = pairs(this.hand.statements, (id) => this.allDemands.get(id));
    const draftPairs = pairs(this.draft.annotation.statements, (id) => draftDemands.get(id) ?? this.allDemands.get(id));
    const same = sameActors
      ? (a: string, b: string) => this.sameActor(a, b)
      : (a: string, b: string) => this.side(a) === this.side(b);
    const used = new Set<number>();
    let matched = 0;
    for (const h of handPairs) {
      const index = draftPairs.findIndex(
        (d, at) =>
          !used.has(at) && overlaps(d.evidence, h.evidence) && same(d.rejecter, h.rejecter) && same(d.owner, h.owner),
      );
      if (index === -1) continue;
      used.add(index);
      matched++;
    }
    return { found: matched, hand: handPairs.length, right: matched, drafted: draftPairs.length };
  }

  private actor(id: string): ActorAnnotation | undefined {
    return this.draftActors.get(id) ?? this.allActors.get(id);
  }

  private side(id: string): string {
    return this.actor(id)?.country ?? id;
  }

  /** The same actor: the same id, or a proposed actor whose name is one of the hand actor's names. */
  private sameActor(draftId: string, handId: string): boolean {
    if (draftId === handId) return true;
    const proposed = this.draftActors.get(draftId);
    const hand = this.allActors.get(handId);
    if (!proposed || !hand) return false;
    const names = new Set([hand.name, ...hand.aliases].map((name) => fold(name)));
    return [proposed.name, ...proposed.aliases].some((name) => names.has(fold(name)));
  }
}

interface Voicing {
  demand: string;
  owner: string;
  spans: Span[];
}

function voicings(
  statements: readonly StatementAnnotation[],
  stances: readonly string[],
  demandOf: (id: string) => DemandAnnotation | undefined,
): Voicing[] {
  const byDemand = new Map<string, Voicing>();
  for (const statement of statements) {
    for (const { demand, stance } of statement.demands) {
      if (!stances.includes(stance)) continue;
      const owner = demandOf(demand)?.owner;
      if (!owner || !statement.evidence) continue;
      const voicing = byDemand.get(demand) ?? { demand, owner, spans: [] };
      voicing.spans.push(statement.evidence);
      byDemand.set(demand, voicing);
    }
  }
  return [...byDemand.values()];
}

function pairs(statements: readonly StatementAnnotation[], demandOf: (id: string) => DemandAnnotation | undefined) {
  return statements.flatMap((statement) =>
    statement.demands
      .filter((item) => item.stance === 'REJECTS')
      .map((item) => ({
        evidence: statement.evidence ?? statement.quote!,
        rejecter: statement.speaker,
        owner: demandOf(item.demand)?.owner ?? '',
      })),
  );
}
