import type { Executor } from './executor';

/**
 * Waits until the full-text indexes hold every committed write. They are
 * eventually consistent (cypher/schema/002-fulltext.cypher: indexing runs
 * beside the writes, not inside their commits), so a writer calls this
 * before it reports done, and a search made after a write finds it.
 */
export async function awaitSearchIndexRefresh(executor: Executor): Promise<void> {
  await executor.runSchemaStatement('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
}
