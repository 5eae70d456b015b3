import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Executor } from '../db/executor';
import { namedQuery } from '../db/named-queries';
import type { Corpus } from './corpus';
import { graphCounts, GraphCounts } from './graph-counts';
import { EDGE_TYPES, EdgeRow, EdgeType, GraphRows, NODE_LABELS, NODE_WRITE_QUERY, NodeLabel, NodeRow, toGraphRows } from './graph-rows';
import { buildCorpus } from './build-corpus';
import { validateSeedDir } from './seed-dir';
import { ownString } from './own-string';
import { Spool } from './spool';

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
    for (const label of NODE_LABELS) await writer.add(nodeWriteQuery(label), label, rows.nodes[label]);
    // Edges only once every node has committed: their batches MATCH both ends.
    await writer.flush();
    for (const [type, edges] of edgesByType(rows.edges)) await writer.add(edgeWriteQuery(type), type, edges);
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
      await tx.run(nodeWriteQuery(label), { rows: batch });
      report(label, batch.length);
    }
  }
  for (const [type, edges] of edgesByType(rows.edges)) {
    for (const batch of batches(edges, batchSize)) {
      await tx.run(edgeWriteQuery(type), { rows: batch });
      report(type, batch.length);
    }
  }
}

/** Rows per UNWIND batch unless SeedOptions.batchSize says otherwise. */
export const DEFAULT_BATCH_SIZE = 5000;

function nodeWriteQuery(label: NodeLabel): string {
  return namedQuery(NODE_WRITE_QUERY[label]);
}

const edgeQueries = new Map<EdgeType, string>();

/**
 * The Cypher that writes a batch of edges of one type: seed-edges-of-type
 * with the type in place. Types come from EDGE_TYPES only, never from input.
 * One small query per type plans in milliseconds and MERGEs by expanding
 * between the two ends; seed-edges (every type in one query, for the API's
 * mutations) takes seconds to plan.
 */
export function edgeWriteQuery(type: EdgeType): string {
  let query = edgeQueries.get(type);
  if (query === undefined) {
    if (!(EDGE_TYPES as readonly string[]).includes(type)) throw new Error(`not an edge type: ${String(type)}`);
    const template = namedQuery('seed-edges-of-type');
    query = template.replace(/\[r:EDGE_TYPE /g, `[r:${type} `);
    if (query === template || query.includes('[r:EDGE_TYPE ')) throw new Error('seed-edges-of-type.cypher must hold exactly one [r:EDGE_TYPE ...]');
    edgeQueries.set(type, query);
  }
  return query;
}

/** Edges grouped by type, types in EDGE_TYPES order. */
function edgesByType(edges: readonly EdgeRow[]): [EdgeType, EdgeRow[]][] {
  const groups = new Map<EdgeType, EdgeRow[]>(EDGE_TYPES.map((type) => [type, []]));
  for (const edge of edges) groups.get(edge.type)!.push(edge);
  return [...groups].filter(([, group]) => group.length > 0);
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
  /** Where the rows wait between the passes (temporary files, removed after); default: the OS temp dir. */
  spoolDir?: string;
}

/**
 * Seeds a corpus chunk by chunk without ever holding all of it. An edge
 * MATCHes both its ends and a chunk may point at nodes declared in a later
 * one, so every node is written before any edge: pass one writes each
 * chunk's nodes and spools its edges to a temporary file (JSON lines), pass
 * two streams that file back. Memory is one chunk, the rows waiting for
 * their batch (one batch per label, one for all edges), and the names of the
 * actors (for the outlet name of articles); the chunks are parsed once.
 * Commits every `commitEvery` rows (default 20,000); see
 * SeedOptions.commitEvery for what that means for a seeder killed half-way
 * (rerun it: every write MERGEs). The chunks are trusted to be valid as a
 * whole; seedCorpusDir validates a seed directory first. Progress reports
 * `total: 0` (unknown) and names the label (or `edges`) in `step`.
 */
export async function seedCorpusChunks(executor: Executor, chunks: CorpusChunks, options: ChunkSeedOptions = {}): Promise<SeedResult> {
  const started = Date.now();
  const writer = new BatchWriter(executor, { ...options, commitEvery: options.commitEvery ?? 20_000 }, 0);
  const actorNames = new Map<string, string>();
  // Articles whose outlet was declared in a later chunk: rewritten in pass two.
  const unresolved: { row: NodeRow; outlet: string }[] = [];
  let nodesWritten = 0;
  const spoolDir = await mkdtemp(path.join(options.spoolDir ?? os.tmpdir(), 'peacegraph-seed-'));
  const edges = new EdgeSpools(spoolDir);
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
      for (const edge of rows.edges) await edges.write(edge);
      for (const label of NODE_LABELS) {
        await writer.add(nodeWriteQuery(label), label, rows.nodes[label]);
        nodesWritten += rows.nodes[label].length;
      }
    }
    await writer.flush();

    const late = unresolved.map(({ row, outlet }) => ({ id: row.id, props: { ...row.props, outlet: actorNames.get(outlet) ?? null } }));
    await writer.add(nodeWriteQuery('Article'), 'Article', late);
    await edges.writeAll(writer);
    await writer.flush();
  } finally {
    await edges.close();
    await rm(spoolDir, { recursive: true, force: true });
  }
  return {
    nodesWritten,
    edgesWritten: edges.length,
    milliseconds: Date.now() - started,
    graph: await graphCounts(executor),
  };
}

/** A node row on its way to the database; an article keeps its outlet's id until the actors' names are all known. */
type SpooledNode = NodeRow & { outletId?: string };

export interface SeedDirResult extends SeedResult {
  /** Validating (and spooling the rows): before the first write. */
  validateMilliseconds: number;
  /** Writing: from the first row to the last commit. */
  writeMilliseconds: number;
}

/**
 * Validates and seeds a seed directory too large to hold, streaming it:
 *
 * 1. validation, file by file (validateSeedDir: every check loadCorpus
 *    makes, the same problems), while each sound file's rows are spooled to
 *    temporary files, one per label and one per edge type: a corpus with any
 *    problem throws here and the graph is not touched;
 * 2. the node spools are written label by label, then the edge spools type
 *    by type (every node is in before any edge MATCHes its ends), in UNWIND
 *    batches (at most batchSize rows or 4 MiB), with a commit every
 *    `commitEvery` rows (default 20,000) or 8 MiB.
 *
 * Each file is parsed once. Memory: the files being read (a few at a time),
 * the validator's compact id registry (ids, not text), the actors' names
 * (for articles' outlet names), and one open batch; everything else waits on
 * disk. A failure while writing (the database, not the corpus) leaves part
 * of the corpus written; rerunning completes it (every write MERGEs on ids).
 */
export async function seedCorpusDir(executor: Executor, seedDir: string, options: ChunkSeedOptions = {}): Promise<SeedDirResult> {
  const started = Date.now();
  const spoolDir = await mkdtemp(path.join(options.spoolDir ?? os.tmpdir(), 'peacegraph-seed-'));
  const nodes = Object.fromEntries(NODE_LABELS.map((label) => [label, new Spool<SpooledNode>(path.join(spoolDir, `${label}.jsonl`))])) as Record<
    NodeLabel,
    Spool<SpooledNode>
  >;
  const edges = new EdgeSpools(spoolDir);
  const actorNames = new Map<string, string>();
  try {
    await validateSeedDir(seedDir, {
      spoolDir,
      onSoundFile: async ({ parsed, text }) => {
        const chunk = buildCorpus([parsed], new Map(text !== undefined && parsed.article ? [[parsed.article.value.file, text]] : []));
        for (const actor of chunk.actors) actorNames.set(ownString(actor.id), ownString(actor.name));
        const rows = toGraphRows(chunk);
        // The outlet's actor may be declared in a later file: its name is filled in when the row is written.
        chunk.articles.forEach((article, index) => {
          if (article.outlet) (rows.nodes.Article[index] as SpooledNode).outletId = article.outlet;
        });
        for (const label of NODE_LABELS) for (const row of rows.nodes[label]) await nodes[label].write(row);
        for (const edge of rows.edges) await edges.write(edge);
      },
    });
    const validated = Date.now();

    const writer = new BatchWriter(executor, { ...options, commitEvery: options.commitEvery ?? 20_000 }, 0);
    let nodesWritten = 0;
    for (const label of NODE_LABELS) {
      for await (const { item, size } of nodes[label].entries()) {
        const { outletId, ...written } = item;
        if (outletId !== undefined) written.props.outlet = actorNames.get(outletId) ?? null;
        await writer.add(nodeWriteQuery(label), label, [written], size);
        nodesWritten += 1;
      }
    }
    // Edges MATCH both ends: every node has committed before the first edge batch.
    await writer.flush();
    await edges.writeAll(writer);
    await writer.flush();
    const finished = Date.now();
    return {
      nodesWritten,
      edgesWritten: edges.length,
      milliseconds: finished - started,
      validateMilliseconds: validated - started,
      writeMilliseconds: finished - validated,
      graph: await graphCounts(executor),
    };
  } finally {
    for (const spool of Object.values(nodes)) await spool.close();
    await edges.close();
    await rm(spoolDir, { recursive: true, force: true });
  }
}

/** A batch closes at this many bytes of rows (as JSON) when the writer is told sizes, whatever its row count. */
const BATCH_BYTES = 4 << 20;
/** A transaction commits at this many bytes of rows (as JSON) when the writer is told sizes. */
const COMMIT_BYTES = 8 << 20;

/** Edges on disk, one spool per type, so they come back one type at a time (one open batch). */
class EdgeSpools {
  private readonly spools = new Map<EdgeType, Spool<EdgeRow>>();

  constructor(private readonly dir: string) {}

  get length(): number {
    let count = 0;
    for (const spool of this.spools.values()) count += spool.length;
    return count;
  }

  async write(edge: EdgeRow): Promise<void> {
    let spool = this.spools.get(edge.type);
    if (!spool) this.spools.set(edge.type, (spool = new Spool<EdgeRow>(path.join(this.dir, `edges-${edge.type}.jsonl`))));
    await spool.write(edge);
  }

  /** Hands every edge to the writer, type by type in EDGE_TYPES order. */
  async writeAll(writer: BatchWriter): Promise<void> {
    for (const type of EDGE_TYPES) {
      const spool = this.spools.get(type);
      if (!spool) continue;
      const query = edgeWriteQuery(type);
      for await (const { item, size } of spool.entries()) await writer.add(query, type, [item], size);
    }
  }

  async close(): Promise<void> {
    for (const spool of this.spools.values()) await spool.close();
  }
}

/**
 * Collects rows into `UNWIND` batches of one query and commits a transaction every
 * `commitEvery` rows. One transaction is in flight at a time: the caller
 * prepares the next rows while Neo4j writes the last ones, and flush()
 * returns once everything added so far has committed.
 */
class BatchWriter {
  private readonly batchSize: number;
  private readonly commitEvery: number;
  private readonly open = new Map<string, { query: string; rows: unknown[]; bytes: number }>();
  private ready: { query: string; step: string; rows: unknown[] }[] = [];
  private readyRows = 0;
  private readyBytes = 0;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly concurrency: number;
  private failure: unknown = null;
  private written = 0;

  constructor(
    private readonly executor: Executor,
    private readonly options: SeedOptions,
    private readonly total: number,
  ) {
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.commitEvery = Math.max(options.commitEvery ?? this.batchSize, 1);
    this.concurrency = Math.max(options.concurrentTransactions ?? 1, 1);
  }

  /**
   * Adds rows for `query` (Cypher text); `step` (a label or an edge type)
   * names them in progress reports. `bytes`, when known, is their size (as
   * JSON): a batch also closes at BATCH_BYTES, and a transaction commits at
   * COMMIT_BYTES, so rows carrying whole article texts do not pile up
   * thousands at a time.
   */
  async add(query: string, step: string, rows: readonly unknown[], bytes = 0): Promise<void> {
    if (rows.length === 0) return;
    const key = `${step}\n${query}`;
    let open = this.open.get(key);
    if (!open) this.open.set(key, (open = { query, rows: [], bytes: 0 }));
    const perRow = bytes / rows.length;
    for (const row of rows) {
      open.rows.push(row);
      open.bytes += perRow;
      if (open.rows.length >= this.batchSize || open.bytes >= BATCH_BYTES) {
        this.ready.push({ query, step, rows: open.rows });
        this.readyRows += open.rows.length;
        this.readyBytes += open.bytes;
        open.rows = [];
        open.bytes = 0;
        if (this.readyRows >= this.commitEvery || this.readyBytes >= COMMIT_BYTES) await this.commit();
      }
    }
  }

  /** Commits every row added so far, partial batches included. */
  async flush(): Promise<void> {
    for (const [key, open] of this.open) {
      if (open.rows.length > 0) this.ready.push({ query: open.query, step: key.slice(0, key.indexOf('\n')), rows: open.rows });
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
    this.readyBytes = 0;
    // Wait for a free slot (and surface an earlier failure) before starting the next transaction.
    while (this.inFlight.size >= this.concurrency) await Promise.race(this.inFlight);
    this.throwIfFailed();
    if (group.length === 0) return;
    const transaction: Promise<void> = this.executor
      .writeTransaction(async (tx) => {
        for (const batch of group) await tx.run(batch.query, { rows: batch.rows });
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
