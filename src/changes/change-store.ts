import neo4j from 'neo4j-driver';
import type { Executor } from '../db/executor';
import type { FeedChange } from './change-record';

export interface ChangeRead {
  /** Records with a seq above this one. */
  after: number;
  limit: number;
  /** Only these entities (node labels, relationship types, `Graph`); absent: all. */
  entities?: readonly string[] | null;
}

/** Feed records after a position, oldest first. */
export function readChanges(executor: Executor, read: ChangeRead): Promise<FeedChange[]> {
  return executor.read<FeedChange>('change-page', {
    after: neo4j.int(read.after),
    limit: neo4j.int(read.limit),
    entities: read.entities && read.entities.length > 0 ? [...read.entities] : null,
  });
}

/** The newest seq in the feed; 0 when nothing was ever appended. */
export async function latestChangeSeq(executor: Executor): Promise<number> {
  const [row] = await executor.read<{ seq: number }>('change-latest');
  return row?.seq ?? 0;
}
