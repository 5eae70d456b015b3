import { edgeTypes, NODE_LABELS } from '../domain';
import type { EdgeType, NodeLabel } from '../domain';
import type { DateSpec } from './annotation.schema';
import type { Corpus } from './corpus';
import { foldForSearch } from '../text/fold';

/** Node labels the seeder writes, in order; each has its `cypher/queries/seed-<plural>.cypher`. */
export { NODE_LABELS };
export type { EdgeType, NodeLabel };

/** The named query (cypher/queries/<name>.cypher) that writes each label's rows. */
export const NODE_WRITE_QUERY: Record<NodeLabel, string> = {
  Article: 'seed-articles',
  Actor: 'seed-actors',
  Territory: 'seed-territories',
  Event: 'seed-events',
  Demand: 'seed-demands',
  Statement: 'seed-statements',
};

/** Every relationship type of the domain model, in declaration order (the order edges are written in). */
export const EDGE_TYPES: readonly EdgeType[] = edgeTypes();

export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
}

export interface EdgeRow {
  type: EdgeType;
  from: string;
  to: string;
  /** Tells apart edges of one type between the same two nodes (e.g. per article). */
  key: string;
  props: Record<string, unknown>;
}

export interface GraphRows {
  nodes: Record<NodeLabel, NodeRow[]>;
  edges: EdgeRow[];
}

/** Turns the validated corpus into the rows the seeding queries write. */
export function toGraphRows(corpus: Corpus): GraphRows {
  const outletNames = new Map(corpus.actors.map((actor) => [actor.id, actor.name]));
  const edges: EdgeRow[] = [];
  const edge = (type: EdgeType, from: string, to: string, props: Record<string, unknown> = {}, key = '') =>
    edges.push({ type, from, to, key, props });

  const articles = corpus.articles.map((article) => {
    if (article.outlet) edge('PUBLISHED_BY', article.id, article.outlet);
    return node(article.id, {
      file: article.file,
      title: article.title,
      titleIsHeadline: article.titleIsHeadline,
      outlet: article.outlet ? outletNames.get(article.outlet) ?? null : null,
      ...dateProps('published', article.published, 'publishedOn'),
      text: article.text,
      sha256: article.sha256,
    });
  });

  const actors = corpus.actors.map((actor) =>
    node(actor.id, {
      name: actor.name,
      kind: actor.kind,
      aliases: actor.aliases,
      ...searchProps(actor.name, actor.aliases),
      description: actor.description,
      country: actor.country,
    }),
  );

  const territories = corpus.territories.map((territory) =>
    node(territory.id, {
      name: territory.name,
      aliases: territory.aliases,
      ...searchProps(territory.name, territory.aliases),
      iso3166_2: territory.iso3166_2,
      status: territory.status,
    }),
  );

  const events = corpus.events.map((event) => {
    event.participants.forEach((actor) => edge('TOOK_PART_IN', actor, event.id));
    event.territories.forEach((territory) => edge('CONCERNS', event.id, territory));
    if (event.article) edge('REPORTED_IN', event.id, event.article);
    return node(event.id, {
      name: event.name,
      kind: event.kind,
      ...dateProps('date', event.date),
      place: event.place,
      articleId: event.article,
      ...searchProps(event.name, []),
    });
  });

  const demands = corpus.demands.map((demand) => {
    edge('OWNED_BY', demand.id, demand.owner);
    demand.addressedTo.forEach((actor) => edge('ADDRESSED_TO', demand.id, actor));
    demand.territories.forEach((territory) => edge('CONCERNS', demand.id, territory));
    demand.conflictsWith.forEach((other) => edge('CONFLICTS_WITH', demand.id, other, { article: demand.article }, demand.article));
    return node(demand.id, {
      summary: demand.summary,
      kind: demand.kind,
      topic: demand.topic,
      articleId: demand.article,
    });
  });

  const statements = corpus.statements.map((statement) => {
    const span = statement.quote ?? statement.evidence;
    edge('MADE', statement.speaker, statement.id);
    edge('REPORTED_IN', statement.id, statement.article, { start: span?.start ?? null, end: span?.end ?? null });
    if (statement.onBehalfOf) edge('ON_BEHALF_OF', statement.id, statement.onBehalfOf);
    if (statement.reportedBy) edge('REPORTED_BY', statement.id, statement.reportedBy);
    statement.targets.forEach((actor) => edge('TARGETS', statement.id, actor));
    statement.mentions.forEach((entity) => edge('MENTIONS', statement.id, entity));
    statement.demands.forEach(({ demand, stance }) => edge(stance, statement.id, demand));
    return node(statement.id, {
      text: statement.quote?.text ?? statement.paraphrase,
      quote: statement.quote?.text ?? null,
      quoteStart: statement.quote?.start ?? null,
      quoteEnd: statement.quote?.end ?? null,
      paraphrase: statement.paraphrase,
      isParaphrase: statement.quote === null,
      evidenceStart: statement.evidence?.start ?? null,
      evidenceEnd: statement.evidence?.end ?? null,
      ...dateProps('date', statement.date),
      ploverType: statement.plover.type,
      ploverMode: statement.plover.mode,
      cameoCode: statement.plover.cameo,
      codebook: statement.plover.codebook,
      articleId: statement.article,
      speakerId: statement.speaker,
    });
  });

  for (const relation of corpus.relations) {
    edge(
      relation.type,
      relation.from,
      relation.to,
      {
        article: relation.article,
        statement: relation.statement,
        role: relation.role,
        since: relation.since?.value ?? null,
        sincePrecision: relation.since?.precision ?? null,
        sinceCue: relation.since?.cue ?? null,
      },
      relation.article,
    );
  }

  return {
    nodes: { Article: articles, Actor: actors, Territory: territories, Event: events, Demand: demands, Statement: statements },
    edges,
  };
}

function node(id: string, props: Record<string, unknown>): NodeRow {
  return { id, props };
}

/** `date`, `datePrecision`, `dateCue`, `dateInferred` (or `publishedOn`, `publishedPrecision`, ...). */
function dateProps(prefix: string, spec: DateSpec | null, valueKey = prefix): Record<string, unknown> {
  return {
    [valueKey]: spec?.value ?? null,
    [`${prefix}Precision`]: spec?.precision ?? null,
    [`${prefix}Cue`]: spec?.cue ?? null,
    [`${prefix}Inferred`]: spec?.inferred ?? null,
  };
}

/** Full-text indexes read strings, so aliases are also stored joined. */
function searchProps(name: string, aliases: string[]): Record<string, unknown> {
  return {
    aliasesText: aliases.join('\n'),
    searchText: [name, ...aliases].map(foldForSearch).join('\n'),
  };
}
