/**
 * The slice of the graph the analytics read, held in memory. Every metric,
 * matrix and deadlock is computed from one snapshot, so the numbers of one
 * request (or one CLI run) all describe the same state of the graph.
 */

export type Stance = 'SETS' | 'REPEATS' | 'ACCEPTS' | 'REJECTS';

export interface ActorInfo {
  id: string;
  name: string;
  kind: string;
  country: string | null;
}

export interface ArticleInfo {
  id: string;
  title: string;
  publishedOn: string | null;
}

export interface TerritoryInfo {
  id: string;
  name: string;
}

export interface StatementInfo {
  id: string;
  speaker: string;
  onBehalfOf: string | null;
  /** Quote if any, else paraphrase (the graph's `text`). */
  text: string;
  quote: string | null;
  paraphrase: string;
  date: string | null;
  datePrecision: string | null;
  article: string;
  targets: string[];
  stances: { demand: string; stance: Stance }[];
}

export interface DemandInfo {
  id: string;
  summary: string;
  kind: string;
  topic: string;
  owner: string;
  addressedTo: string[];
  territories: string[];
  /** Outgoing CONFLICTS_WITH edges, with the article that annotated each. */
  conflictsWith: { demand: string; article: string | null }[];
  /** The article whose annotation file declared the demand. */
  article: string | null;
}

/** SPEAKS_FOR, MEMBER_OF, LEADS, PART_OF (actor to actor). */
export interface ActorRelation {
  type: string;
  from: string;
  to: string;
  article: string | null;
  /** The statement the relation rests on, if one. */
  statement: string | null;
}

/** CLAIMS, CONTROLS, ANNEXED (actor to territory). */
export interface TerritoryRelation {
  type: string;
  actor: string;
  territory: string;
  article: string | null;
  /** The statement the relation rests on, if one. */
  statement: string | null;
}

export interface Snapshot {
  /** The articles the snapshot was limited to; null for the whole graph. */
  scope: string[] | null;
  actors: Map<string, ActorInfo>;
  articles: Map<string, ArticleInfo>;
  territories: Map<string, TerritoryInfo>;
  statements: StatementInfo[];
  demands: Map<string, DemandInfo>;
  actorRelations: ActorRelation[];
  territoryRelations: TerritoryRelation[];
}
