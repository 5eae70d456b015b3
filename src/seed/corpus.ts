// The validated, merged corpus: what the seeder writes to the graph. It only
// exists once every annotation file has passed validate-corpus.ts.
import type {
  ActorAnnotation,
  ArticleHeader,
  DemandAnnotation,
  EventAnnotation,
  RelationAnnotation,
  StatementAnnotation,
  TerritoryAnnotation,
} from './annotation.schema';

export type CorpusArticle = ArticleHeader & {
  /** The article text exactly as read from seed/articles/<file>. */
  text: string;
  /** Hex sha256 of the UTF-8 text, so a changed article can be told from an unchanged one. */
  sha256: string;
};

/** `article` is the id of the article whose annotation file declared the item. */
export type CorpusStatement = StatementAnnotation & { article: string };
export type CorpusDemand = DemandAnnotation & { article: string };

export interface Corpus {
  articles: CorpusArticle[];
  actors: ActorAnnotation[];
  territories: TerritoryAnnotation[];
  events: EventAnnotation[];
  statements: CorpusStatement[];
  demands: CorpusDemand[];
  relations: RelationAnnotation[];
}
