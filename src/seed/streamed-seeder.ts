// Seeding corpora too large to hold: chunk by chunk, or a whole seed
// directory validated file by file with its rows spooled to disk.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { awaitSearchIndexRefresh } from '../db/search-index-refresh';
import type { Executor } from '../db/executor';
import { BatchWriter } from './batch-writer';
import type { Corpus } from './corpus';
import { graphCounts } from './graph-counts';
import { appendChanges } from '../changes/append-changes';
import { seedChanges } from '../changes/change-records';
import { NODE_LABELS, NodeRow, toGraphRows } from './graph-rows';
import { EdgeSpools, spoolSeedDir } from './seed-dir-spools';
import type { SeedOptions, SeedResult } from './seeder';
import { chooseWriteMode } from './write-mode';
import { edgeWriteQuery, nodeWriteQuery } from './write-queries';
import type { WriteMode } from './write-queries';

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
    await writeEdges(edges, writer);
    await writer.flush();
    await awaitSearchIndexRefresh(executor);
  } finally {
    await edges.close();
    await rm(spoolDir, { recursive: true, force: true });
  }
  return {
    nodesWritten,
    edgesWritten: edges.length,
    milliseconds: Date.now() - started,
    graph: await graphCounts(executor),
    // The chunks may come from a corpus already partly written: always MERGE.
    writeMode: 'merge',
  };
}

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
 * Each file is parsed once. Memory: the files being read (a few at a time,
 * each parsed whole: the largest file sets the floor), the validator's
 * compact id registry (64-bit hashes of the ids in typed arrays, outside the
 * V8 heap), and one open batch; everything else waits on disk, the files'
 * names and paths and the actors' names (for articles' outlet names)
 * included. On a store with no entity yet the rows are CREATEd (write-mode.ts),
 * otherwise MERGEd. A failure while writing (the database, not the corpus)
 * leaves part of the corpus written; rerunning completes it (the store is
 * then not empty, so every write MERGEs on ids).
 */
export async function seedCorpusDir(executor: Executor, seedDir: string, options: ChunkSeedOptions = {}): Promise<SeedDirResult> {
  const started = Date.now();
  const spoolDir = await mkdtemp(path.join(options.spoolDir ?? os.tmpdir(), 'peacegraph-seed-'));
  try {
    const spools = await spoolSeedDir(seedDir, spoolDir);
    try {
      const validated = Date.now();
      const mode = await chooseWriteMode(executor, options.writeMode);
      const writer = new BatchWriter(executor, { ...options, commitEvery: options.commitEvery ?? 20_000 }, 0);
      for (const label of NODE_LABELS) {
        for await (const { row, size } of spools.nodeRows(label)) await writer.add(nodeWriteQuery(label, mode), label, [row], size);
      }
      // Edges MATCH both ends: every node has committed before the first edge batch.
      await writer.flush();
      await writeEdges(spools.edges, writer, mode);
      await writer.flush();
      await executor.writeTransaction((tx) => appendChanges(tx, seedChanges(spools.nodeCount + spools.edges.length)));
      // Done when a search finds every statement written, not before.
      await awaitSearchIndexRefresh(executor);
      const finished = Date.now();
      return {
        nodesWritten: spools.nodeCount,
        edgesWritten: spools.edges.length,
        milliseconds: finished - started,
        validateMilliseconds: validated - started,
        writeMilliseconds: finished - validated,
        graph: await graphCounts(executor),
        writeMode: mode,
      };
    } finally {
      await spools.close();
    }
  } finally {
    await rm(spoolDir, { recursive: true, force: true });
  }
}

/** Hands every spooled edge to the writer, type by type in EDGE_TYPES order. */
async function writeEdges(edges: EdgeSpools, writer: BatchWriter, mode: WriteMode = 'merge'): Promise<void> {
  for (const [type, entries] of edges.byType()) {
    const query = edgeWriteQuery(type, mode);
    for await (const { item, size } of entries()) await writer.add(query, type, [item], size);
  }
}
