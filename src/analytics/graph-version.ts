import type { Executor, QueryObserver } from '../db/executor';

/**
 * The graph version the analytics cache keys its results by: node and
 * relationship counts, read from the database itself (graph-version.cypher,
 * a count-store read) so writes made by another process (a CLI seed, a
 * second server) count as well as this one's. Mutations always add a node
 * (their change record), so each one gives a new version; a re-seed that
 * only edits properties in place does not, which the cache's time to live
 * (ANALYTICS_CACHE_TTL_MS) bounds.
 */
export async function readGraphVersion(executor: Executor, observer?: QueryObserver): Promise<string> {
  const [row] = await executor.read<{ nodes: number; relationships: number }>('graph-version', {}, observer);
  return `${row.nodes}:${row.relationships}`;
}
