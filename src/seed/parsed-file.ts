// What one annotation file contributes before the cross-file checks: the items
// that passed the schema, each with the path it was written at, plus enough of
// the items that failed to keep those failures from cascading into bogus
// "unknown id" problems elsewhere.
import type {
  ActorAnnotation,
  ArticleHeader,
  DemandAnnotation,
  EventAnnotation,
  RelationAnnotation,
  StatementAnnotation,
  TerritoryAnnotation,
} from './annotation.schema';

export type IdKind = 'article' | 'actor' | 'territory' | 'event' | 'statement' | 'demand';

export interface Located<T> {
  value: T;
  /** Path of the item in its file, e.g. statements[3]. */
  path: string;
}

export interface ParsedSections {
  actors: Located<ActorAnnotation>[];
  territories: Located<TerritoryAnnotation>[];
  events: Located<EventAnnotation>[];
  statements: Located<StatementAnnotation>[];
  demands: Located<DemandAnnotation>[];
  relations: Located<RelationAnnotation>[];
}

export interface ParsedFile {
  /** Display path, e.g. seed/annotations/003_x.yaml. */
  file: string;
  /** `_`-files (e.g. _shared.yaml) declare shared entities and have no article. */
  shared: boolean;
  /** False when the YAML is broken or its root is not a mapping: then nothing about the file's shape can be trusted. */
  yamlOk: boolean;
  /** True when the file had no YAML or schema problem at all. */
  valid: boolean;
  /** Whether the file has an `article` key, valid or not. */
  hasArticle: boolean;
  /** The article header, when it passed the schema. */
  article: Located<ArticleHeader> | null;
  /** The article id as written, even when the header failed the schema. */
  articleId: string | null;
  sections: ParsedSections;
  /** Ids of items that failed the schema: still declared, so references to them are not "unknown". */
  brokenIds: { id: string; kind: IdKind; path: string }[];
  /** Demand ids that statements which failed the schema take a stance on. */
  brokenDemandRefs: Set<string>;
}

export function emptySections(): ParsedSections {
  return { actors: [], territories: [], events: [], statements: [], demands: [], relations: [] };
}
