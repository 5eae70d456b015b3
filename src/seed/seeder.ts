import type { ManagedTransaction } from 'neo4j-driver';
import type { Executor } from '../db/executor';
import { namedQuery } from '../db/named-queries';
import type { Corpus } from './corpus';
import { graphCounts, GraphCounts } from './graph-counts';
import { EdgeRow, GraphRows, NODE_LABELS, NodeLabel, toGraphRows } from './graph-rows';

export interface SeedProgress {
  written: number;
  total: number;
  step: string;
}

export interface SeedOptions {
  batchSize?: number;
  onProgress?: (progress: SeedProgress) => void;
}

export interface SeedResult {
  nodesWritten: number;
  edgesWritten: number;
  milliseconds: number;
  graph: GraphCounts;
}

const nodeQuery: Record<NodeLabel, string> = {
  Article: 'seed-articles',
  Actor: 'seed-actors',
  Territory: 'seed-territories',
  Event: 'seed-events',
  Demand: 'seed-demands',
  Statement: 'seed-statements',
};

/**
 * Writes a validated corpus in one transaction: all of it lands or none of
 * it does, so a killed seeder leaves the graph as it was. Rows go in
 * `UNWIND $rows` batches and every write MERGEs on ids, so seeding the same
 * corpus again leaves the same nodes and edges.
 */
export async function seedCorpus(executor: Executor, corpus: Corpus, options: SeedOptions = {}): Promise<SeedResult> {
  const started = Date.now();
  const rows = toGraphRows(corpus);
  await executor.writeTransaction((tx) => writeRows(tx, rows, options));
  const nodesWritten = NODE_LABELS.reduce((sum, label) => sum + rows.nodes[label].length, 0);
  return {
    nodesWritten,
    edgesWritten: rows.edges.length,
    milliseconds: Date.now() - started,
    graph: await graphCounts(executor),
  };
}

async function writeRows(tx: ManagedTransaction, rows: GraphRows, options: SeedOptions): Promise<void> {
  const batchSize = options.batchSize ?? 1000;
  const total = NODE_LABELS.reduce((sum, label) => sum + rows.nodes[label].length, 0) + rows.edges.length;
  let written = 0;
  const report = (step: string, count: number) => {
    written += count;
    options.onProgress?.({ written, total, step });
  };
  // Nodes first: the edge batches MATCH their ends by id.
  for (const label of NODE_LABELS) {
    for (const batch of batches(rows.nodes[label], batchSize)) {
      await tx.run(namedQuery(nodeQuery[label]), { rows: batch });
      report(label, batch.length);
    }
  }
  for (const batch of batches(sortByType(rows.edges), batchSize)) {
    await tx.run(namedQuery('seed-edges'), { rows: batch });
    report('edges', batch.length);
  }
}

function sortByType(edges: EdgeRow[]): EdgeRow[] {
  return [...edges].sort((a, b) => a.type.localeCompare(b.type));
}

function* batches<T>(items: T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
