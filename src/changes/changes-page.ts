import neo4j from 'neo4j-driver';
import type { Executor, QueryObserver } from '../db/executor';
import { BadUserInputError } from '../errors/api-errors';
import type { Change } from '../model/change.type';
import type { ConnectionShape } from '../model/connection';
import { currentMaxPageSize, DEFAULT_PAGE_SIZE } from '../model/page-size';
import { decodeChangeCursor } from './change-cursor';
import type { FeedChange } from './change-record';
import { toChange } from './to-change';

export interface ChangesArgs {
  after?: string | null;
  first?: number | null;
  types?: string[] | null;
}

/** A page of the feed, oldest first, after a cursor (from the start without one). */
export async function changesPage(
  executor: Executor,
  observe: QueryObserver,
  args: ChangesArgs,
): Promise<ConnectionShape<{ cursor: string; node: Change }, Change>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const maximum = currentMaxPageSize();
  if (first < 0 || first > maximum) {
    throw new BadUserInputError(`first must be between 0 and ${maximum}, got ${first}`, { argument: 'first', maximum });
  }
  const after = args.after != null ? decodeChangeCursor(args.after) : 0;
  const entities = args.types && args.types.length > 0 ? args.types : null;
  // One record more than asked tells whether another page follows.
  const [records, [{ count }]] = await Promise.all([
    executor.read<FeedChange>(
      'change-page',
      { after: neo4j.int(after), limit: neo4j.int(first + 1), entities },
      observe,
    ),
    executor.read<{ count: number }>('change-count', { entities }, observe),
  ]);
  const nodes = records.slice(0, first).map(toChange);
  return {
    edges: nodes.map((node) => ({ cursor: node.cursor, node })),
    nodes,
    pageInfo: {
      hasNextPage: records.length > first,
      hasPreviousPage: after > 0,
      startCursor: nodes[0]?.cursor ?? null,
      endCursor: nodes[nodes.length - 1]?.cursor ?? null,
    },
    totalCount: count,
  };
}
