import type { ManagedTransaction } from 'neo4j-driver';
import { awaitSearchIndexRefresh } from '../db/search-index-refresh';
import type { Executor } from '../db/executor';
import { BatchWriter, DEFAULT_BATCH_SIZE } from './batch-writer';
import type { Corpus } from './corpus';
import { graphCounts, GraphCounts } from './graph-counts';
import { GraphRows, NODE_LABELS, toGraphRows } from './graph-rows';
import { chooseWriteMode } from './write-mode';
import type { WriteModeOption } from './write-mode';
import { distinctEdges, edgesByType, edgeWriteQuery, nodeWriteQuery } from './write-queries';
import type { WriteMode } from './write-queries';
import { assertWritten } from './written-count';
import { namedQuery } from '../db/named-queries';
import { appendChanges } from '../changes/append-changes';
import { seedChanges } from '../changes/change-records';

// The streaming paths live in streamed-seeder.ts; these re-exports keep one entry point.
export { DEFAULT_BATCH_SIZE } from './batch-writer';
export { edgeWriteQuery } from './write-queries';
export { seedCorpusChunks, seedCorpusDir } from './streamed-seeder';
export type { ChunkSeedOptions, CorpusChunks, SeedDirResult } from './streamed-seeder';

export interface SeedProgress {
  written: number;
  total: number;
  step: string;
}

export interface SeedOptions {
  /** Rows per UNWIND batch (default 5000). */
  batchSize?: number;
  onProgress?: (progress: SeedProgress) => void;
  /**
   * For large corpora: commit after about this many rows (rounded up to
   * whole batches) instead of writing everything in one transaction. A
   * transaction then stays small (Neo4j holds a transaction's whole state
   * in heap until it commits), and one batch group is written while the
   * next is prepared. The price is atomicity: a seeder killed half-way
   * leaves part of the corpus written, and rerunning it completes it
   * (every write MERGEs on ids). Unset: one transaction, as before.
   */
  commitEvery?: number;
  /**
   * With commitEvery: how many of those transactions may be in flight at
   * once (default 1). Nodes never conflict (distinct ids); edges to the
   * same node may deadlock, which Neo4j reports as transient and the
   * driver retries.
   */
  concurrentTransactions?: number;
  /**
   * `auto` (default): CREATE when the store holds no entity when writing
   * starts, MERGE otherwise; `merge`: always MERGE (write-mode.ts).
   */
  writeMode?: WriteModeOption;
}

export interface SeedResult {
  nodesWritten: number;
  edgesWritten: number;
  milliseconds: number;
  graph: GraphCounts;
  /** CREATE into an empty store, MERGE into one with entities, or a bulk import into a new store (imported-seeder.ts). */
  writeMode: WriteMode | 'import';
}

/**
 * Writes a validated corpus in one transaction: all of it lands or none of
 * it does, so a killed seeder leaves the graph as it was. Rows go in
 * `UNWIND $rows` batches. On a store with no entity yet they are CREATEd
 * (write-mode.ts; in one-transaction mode the check runs inside the
 * transaction), otherwise every write MERGEs on ids, so seeding the same
 * corpus again leaves the same nodes and edges.
 */
export async function seedCorpus(executor: Executor, corpus: Corpus, options: SeedOptions = {}): Promise<SeedResult> {
  const started = Date.now();
  const graphRows = toGraphRows(corpus);
  const rows: GraphRows = { nodes: graphRows.nodes, edges: distinctEdges(graphRows.edges) };
  let mode: WriteMode;
  if (options.commitEvery === undefined) {
    mode = await executor.writeTransaction(async (tx) => {
      const empty = options.writeMode !== 'merge' && (await tx.run(namedQuery('seed-store-is-empty'))).records[0].get('empty') === true;
      const chosen: WriteMode = empty ? 'create' : 'merge';
      await writeRows(tx, rows, options, chosen);
      await appendChanges(tx, seedChanges(rows));
      return chosen;
    });
  } else {
    mode = await chooseWriteMode(executor, options.writeMode);
    const total = NODE_LABELS.reduce((sum, label) => sum + rows.nodes[label].length, 0) + rows.edges.length;
    const writer = new BatchWriter(executor, options, total);
    for (const label of NODE_LABELS) await writer.add(nodeWriteQuery(label, mode), label, rows.nodes[label]);
    // Edges only once every node has committed: their batches MATCH both ends.
    await writer.flush();
    for (const [type, edges] of edgesByType(rows.edges)) await writer.add(edgeWriteQuery(type, mode), type, edges);
    await writer.flush();
    await executor.writeTransaction((tx) => appendChanges(tx, seedChanges(rows)));
  }
  // Done when a search finds every statement written, not before.
  await awaitSearchIndexRefresh(executor);
  const nodesWritten = NODE_LABELS.reduce((sum, label) => sum + rows.nodes[label].length, 0);
  return {
    nodesWritten,
    edgesWritten: rows.edges.length,
    milliseconds: Date.now() - started,
    graph: await graphCounts(executor),
    writeMode: mode,
  };
}

async function writeRows(tx: ManagedTransaction, rows: GraphRows, options: SeedOptions, mode: WriteMode): Promise<void> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const total = NODE_LABELS.reduce((sum, label) => sum + rows.nodes[label].length, 0) + rows.edges.length;
  let written = 0;
  const report = (step: string, count: number) => {
    written += count;
    options.onProgress?.({ written, total, step });
  };
  // Nodes first: the edge batches MATCH their ends by id.
  for (const label of NODE_LABELS) {
    for (const batch of batches(rows.nodes[label], batchSize)) {
      assertWritten(label, await tx.run(nodeWriteQuery(label, mode), { rows: batch }), batch.length);
      report(label, batch.length);
    }
  }
  for (const [type, edges] of edgesByType(rows.edges)) {
    for (const batch of batches(edges, batchSize)) {
      assertWritten(type, await tx.run(edgeWriteQuery(type, mode), { rows: batch }), batch.length);
      report(type, batch.length);
    }
  }
}

function* batches<T>(items: T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

