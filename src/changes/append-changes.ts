import type { ManagedTransaction } from 'neo4j-driver';
import { namedQuery } from '../db/named-queries';
import type { ChangeBatch } from './change-record';
import { changeFeedOn } from './feed-switch';
import { announceLocalAppend } from './local-appends';

/**
 * Appends a write's change records in the write's own transaction (`tx`),
 * so they commit or roll back with it. Call it last in the transaction: it
 * locks the feed's counter until the commit (change-append.cypher), and
 * the shorter that lock is held, the less writes of other processes wait.
 */
export async function appendChanges(tx: ManagedTransaction, batch: ChangeBatch): Promise<void> {
  if (batch.records.length === 0 || !changeFeedOn()) return;
  const result = await tx.run(namedQuery('change-append'), {
    records: batch.records,
    author: batch.author,
    operation: batch.operation,
  });
  const last = result.records[0]?.get('last') as number | null | undefined;
  if (typeof last === 'number') announceLocalAppend(last);
}
