import { createReadStream } from 'node:fs';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Executor } from '../db/executor';
import { namedQuery } from '../db/named-queries';
import type { Corpus } from './corpus';
import { graphCounts, GraphCounts } from './graph-counts';
import { EdgeRow, GraphRows, NODE_LABELS, NODE_WRITE_QUERY, NodeRow, toGraphRows } from './graph-rows';

export interface SeedProgress {
  written: number;
  total: number;
  step: string;
}

export interface SeedOptions {
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
}

export interface SeedResult {
  nodesWritten: number;
  edgesWritten: number;
  milliseconds: number;
  graph: GraphCounts;
}

/**
 * Writes a validated corpus in one transaction: all of it lands or none of
 * it does, so a killed seeder leaves the graph as it was. Rows go in
 * `UNWIND $rows` batches and every write MERGEs on ids, so seeding the same
 * corpus again leaves the same nodes and edges.
 */
export async function seedCorpus(executor: Executor, corpus: Corpus, options: SeedOptions = {}): Promise<SeedResult> {
  const started = Date.now();
  const rows = toGraphRows(corpus);
  if (options.commitEvery === undefined) {
    await executor.writeTransaction((tx) => writeRows(tx, rows, options));
  } else {
    const total = NODE_LABELS.reduce((sum, label) => sum + rows.nodes[label].length, 0) + rows.edges.length;
    const writer = new BatchWriter(executor, options, total);
    for (const label of NODE_LABELS) await writer.add(NODE_WRITE_QUERY[label], label, rows.nodes[label]);
    // Edges only once every node has committed: their batches MATCH both ends.
    await writer.flush();
    for (const edge of sortByType(rows.edges)) await writer.add('seed-edges', edge.type, [edge]);
    await writer.flush();
  }
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
      await tx.run(namedQuery(NODE_WRITE_QUERY[label]), { rows: batch });
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

/**
 * A corpus too large to hold at once, as a source of chunks (for instance a
 * few hundred validated article files each). It is read once.
 */
export type CorpusChunks = () => AsyncIterable<Corpus>;

export interface ChunkSeedOptions extends SeedOptions {
  /** Where the edges wait between the two passes (a temporary file, removed after); default: the OS temp dir. */
  spoolDir?: string;
}

/**
 * Seeds a corpus chunk by chunk without ever holding all of it. An edge
 * MATCHes both its ends and a chunk may point at nodes declared in a later
 * one, so every node is written before any edge: pass one writes each
 * chunk's nodes and spools its edges to a temporary file (JSON lines), pass
 * two streams that file back. Memory is one chunk, the rows waiting for
 * their batch, and the names of the actors (for the outlet name of
 * articles); the chunks are parsed once. Commits every `commitEvery` rows
 * (default 20,000); see SeedOptions.commitEvery for what that means for a
 * seeder killed half-way (rerun it: every write MERGEs). Progress reports
 * `total: 0` (unknown) and names the label or edge type in `step`.
 */
export async function seedCorpusChunks(executor: Executor, chunks: CorpusChunks, options: ChunkSeedOptions = {}): Promise<SeedResult> {
  const started = Date.now();
  const writer = new BatchWriter(executor, { ...options, commitEvery: options.commitEvery ?? 20_000 }, 0);
  const actorNames = new Map<string, string>();
  // Articles whose outlet was declared in a later chunk: rewritten in pass two.
  const unresolved: { row: NodeRow; outlet: string }[] = [];
  let nodesWritten = 0;
  let edgesWritten = 0;
  const spoolDir = await mkdtemp(path.join(options.spoolDir ?? os.tmpdir(), 'peacegraph-seed-'));
  const spool = path.join(spoolDir, 'edges.jsonl');
  try {
    for await (const chunk of chunks()) {
      for (const actor of chunk.actors) actorNames.set(actor.id, actor.name);
      const rows = toGraphRows(chunk);
      chunk.articles.forEach((article, index) => {
        if (!article.outlet) return;
        const row = rows.nodes.Article[index];
        const name = actorNames.get(article.outlet);
        if (name === undefined) unresolved.push({ row, outlet: article.outlet });
        else row.props.outlet = name;
      });
      if (rows.edges.length > 0) {
        await appendFile(spool, rows.edges.map((edge) => JSON.stringify(edge)).join('\n') + '\n');
        edgesWritten += rows.edges.length;
      }
      for (const label of NODE_LABELS) {
        await writer.add(NODE_WRITE_QUERY[label], label, rows.nodes[label]);
        nodesWritten += rows.nodes[label].length;
      }
    }
    await writer.flush();

    const late = unresolved.map(({ row, outlet }) => ({ id: row.id, props: { ...row.props, outlet: actorNames.get(outlet) ?? null } }));
    await writer.add(NODE_WRITE_QUERY.Article, 'Article', late);
    if (edgesWritten > 0) {
      const lines = readline.createInterface({ input: createReadStream(spool, 'utf8'), crlfDelay: Infinity });
      for await (const line of lines) {
        if (line === '') continue;
        const edge = JSON.parse(line) as EdgeRow;
        await writer.add('seed-edges', edge.type, [edge]);
      }
    }
    await writer.flush();
  } finally {
    await rm(spoolDir, { recursive: true, force: true });
  }
  return {
    nodesWritten,
    edgesWritten,
    milliseconds: Date.now() - started,
    graph: await graphCounts(executor),
  };
}

/**
 * Collects rows into `UNWIND` batches of one query (and one edge type, so a
 * batch takes one branch of seed-edges) and commits a transaction every
 * `commitEvery` rows. One transaction is in flight at a time: the caller
 * prepares the next rows while Neo4j writes the last ones, and flush()
 * returns once everything added so far has committed.
 */
class BatchWriter {
  private readonly batchSize: number;
  private readonly commitEvery: number;
  private readonly open = new Map<string, { query: string; rows: unknown[] }>();
  private ready: { query: string; step: string; rows: unknown[] }[] = [];
  private readyRows = 0;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly concurrency: number;
  private failure: unknown = null;
  private written = 0;

  constructor(
    private readonly executor: Executor,
    private readonly options: SeedOptions,
    private readonly total: number,
  ) {
    this.batchSize = options.batchSize ?? 1000;
    this.commitEvery = Math.max(options.commitEvery ?? this.batchSize, 1);
    this.concurrency = Math.max(options.concurrentTransactions ?? 1, 1);
  }

  async add(query: string, step: string, rows: readonly unknown[]): Promise<void> {
    if (rows.length === 0) return;
    const key = `${query}/${step}`;
    let open = this.open.get(key);
    if (!open) this.open.set(key, (open = { query, rows: [] }));
    for (const row of rows) {
      open.rows.push(row);
      if (open.rows.length >= this.batchSize) {
        this.ready.push({ query, step, rows: open.rows });
        this.readyRows += open.rows.length;
        open.rows = [];
        if (this.readyRows >= this.commitEvery) await this.commit();
      }
    }
  }

  /** Commits every row added so far, partial batches included. */
  async flush(): Promise<void> {
    for (const [key, open] of this.open) {
      if (open.rows.length > 0) this.ready.push({ query: open.query, step: key.slice(open.query.length + 1), rows: open.rows });
    }
    this.open.clear();
    await this.commit();
    await Promise.all(this.inFlight);
    this.throwIfFailed();
  }

  private async commit(): Promise<void> {
    const group = this.ready;
    this.ready = [];
    this.readyRows = 0;
    // Wait for a free slot (and surface an earlier failure) before starting the next transaction.
    while (this.inFlight.size >= this.concurrency) await Promise.race(this.inFlight);
    this.throwIfFailed();
    if (group.length === 0) return;
    const transaction: Promise<void> = this.executor
      .writeTransaction(async (tx) => {
        for (const batch of group) await tx.run(namedQuery(batch.query), { rows: batch.rows });
      })
      .then(
        () => {
          for (const batch of group) {
            this.written += batch.rows.length;
            this.options.onProgress?.({ written: this.written, total: this.total, step: batch.step });
          }
        },
        (error: unknown) => {
          this.failure ??= error;
        },
      )
      .finally(() => this.inFlight.delete(transaction));
    this.inFlight.add(transaction);
  }

  private throwIfFailed(): void {
    if (this.failure !== null) throw this.failure;
  }
}
