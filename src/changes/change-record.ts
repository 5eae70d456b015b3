/** What a write did to one node or relationship; `seeded` summarises a whole seed run in one record. */
export type ChangeKind = 'created' | 'updated' | 'retracted' | 'seeded';

/** The entity of a seed run's summary record: the graph as a whole. */
export const WHOLE_GRAPH = 'Graph';

/** One record as a write hands it to the feed. */
export interface ChangeRecord {
  kind: ChangeKind;
  /** The node label, the relationship type, or WHOLE_GRAPH. */
  entity: string;
  /** The node's id; null for a relationship and for a seed summary. */
  id: string | null;
  /** A relationship's ends (and its key, which tells apart edges of one type between the same ends). */
  from: string | null;
  to: string | null;
  key: string | null;
  /** A seed summary: nodes and relationships the run wrote. */
  count: number | null;
  /**
   * The row's properties (JSON) before and after the write: null where it
   * did not exist (before a creation, after a retraction). They let the
   * graph as known at a past time be told (knownAt), retracted items too.
   */
  before: string | null;
  after: string | null;
}

/** What one write appends: its records, who made it and with which operation. */
export interface ChangeBatch {
  author: string;
  /** The mutation (addStatement, publishArticle, ...) or `seed`. */
  operation: string;
  records: ChangeRecord[];
}

/** A record as the feed holds it: numbered, dated and attributed. */
export interface FeedChange extends ChangeRecord {
  /** Position in the feed, increasing in commit order across every process on the database. */
  seq: number;
  /** Which write (one per append) the record belongs to: records of one transaction share it. */
  edition: number;
  author: string;
  operation: string;
  /** When the records were appended, the write's last step before its commit; ISO 8601. */
  at: string;
}
