// Seeding a new embedded store by bulk import: the seed directory validated
// and spooled as for the streamed seeder, the rows written as CSV files, and
// `neo4j-admin database import` building the store files from them before
// Neo4j starts on it. Neo4j's importer writes records in sorted passes
// instead of transactions (no locks, no index lookups per edge, no
// transaction log), so a first seed of a large corpus takes a fraction of
// the time; the constraints and indexes are then built over the whole graph
// at once. Only for a store that does not exist yet: every later write goes
// through Bolt.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../db/database';
import type { Executor } from '../db/executor';
import { migrate } from '../db/migrate';
import { AdminImportError, runAdminImport, storeExists } from '../db/neo4j-admin-import';
import { awaitSearchIndexRefresh } from '../db/search-index-refresh';
import type { Logger } from '../logger';
import { BatchWriter } from './batch-writer';
import { graphCounts } from './graph-counts';
import { appendChanges } from '../changes/append-changes';
import { seedChanges } from '../changes/change-records';
import { NODE_LABELS } from './graph-rows';
import { IMPORT_ARRAY_DELIMITER, ImportFiles, writeImportFiles } from './import-files';
import { spoolSeedDir } from './seed-dir-spools';
import type { SeedDirResult } from './streamed-seeder';
import { nodeWriteQuery } from './write-queries';

/** Rows per batch (and per transaction) of the properties written after the import. */
const LATE_BATCH_ROWS = 1000;

export interface ImportSeedOptions {
  /** The embedded store's home (NEO4J_HOME): it must hold no database yet. */
  home: string;
  /** Starts Neo4j on the imported store (the caller's usual openDatabase); called once the import is done. */
  openDatabase: () => Promise<Database>;
  logger: Logger;
  /** The importer's JVM heap and off-heap memory, MiB (defaults 1024 and 1024). */
  importHeapMb?: number;
  importOffHeapMb?: number;
  /** Where the spools and import files wait (removed after); default: the OS temp dir. */
  spoolDir?: string;
  /** Told as each phase begins (the benchmark measures memory phase by phase). */
  onPhase?: (phase: ImportPhase) => void;
}

/** The phases in order: validation with spooling, then the four of `phases` in the result. */
export type ImportPhase = 'validate' | 'files' | 'import' | 'schema' | 'late';

export interface ImportSeedResult extends SeedDirResult {
  /** Neo4j, started on the seeded store: the caller closes it. */
  database: Database;
  /**
   * The writing, ms, phase by phase: the import files, the importer, Neo4j's
   * start with the schema built over the graph, the properties set after.
   */
  phases: { files: number; import: number; schema: number; late: number };
}

/**
 * Validates `seedDir`, imports it into a new store under `options.home`,
 * starts Neo4j on it, applies the schema (constraints, indexes, full-text
 * indexes, built over the imported graph) and sets what the import files
 * leave out (import-files.ts). A corpus with any problem throws before any
 * file is written; an importer failure leaves no database behind
 * (neo4j-admin-import.ts).
 */
export async function seedCorpusDirByImport(seedDir: string, options: ImportSeedOptions): Promise<ImportSeedResult> {
  const started = Date.now();
  // Refused before the long validation pass, and never cleaned up after: that store is someone's data.
  if (storeExists(options.home)) {
    throw new AdminImportError(
      `${options.home} already holds a database: seeding by import only creates a new store (seed --stream writes into an existing one)`,
      '',
    );
  }
  const workDir = await mkdtemp(path.join(options.spoolDir ?? os.tmpdir(), 'peacegraph-import-'));
  let files: ImportFiles | undefined;
  const phase = options.onPhase ?? (() => undefined);
  try {
    phase('validate');
    const spools = await spoolSeedDir(seedDir, workDir);
    const validated = Date.now();
    phase('files');
    files = await writeImportFiles(spools, workDir).finally(() => spools.close());
    const written = Date.now();
    phase('import');
    await importIntoNewStore(files, options);
    const imported = Date.now();

    phase('schema');
    const database = await options.openDatabase();
    try {
      await migrate(database.executor, options.logger);
      const schemaBuilt = Date.now();
      phase('late');
      await writeLateProperties(database.executor, files.late);
      const seeded = seedChanges(files.nodeCount + files.edgeCount);
      await database.executor.writeTransaction((tx) => appendChanges(tx, seeded));
      // Done when a search finds what was written, not before.
      await awaitSearchIndexRefresh(database.executor);
      const finished = Date.now();
      return {
        nodesWritten: files.nodeCount,
        edgesWritten: files.edgeCount,
        milliseconds: finished - started,
        validateMilliseconds: validated - started,
        writeMilliseconds: finished - validated,
        phases: { files: written - validated, import: imported - written, schema: schemaBuilt - imported, late: finished - schemaBuilt },
        graph: await graphCounts(database.executor),
        writeMode: 'import',
        database,
      };
    } catch (error) {
      await database.close();
      throw error;
    }
  } finally {
    if (files) for (const spool of Object.values(files.late)) await spool.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

async function importIntoNewStore(files: ImportFiles, options: ImportSeedOptions): Promise<void> {
  const started = Date.now();
  const summary = await runAdminImport({
    home: options.home,
    nodes: files.nodes,
    relationships: files.relationships,
    arrayDelimiter: IMPORT_ARRAY_DELIMITER,
    heapMb: options.importHeapMb ?? 1024,
    offHeapMb: options.importOffHeapMb ?? 1024,
  });
  const steps = summary.output.split('\n').filter((line) => /COMPLETED in|IMPORT DONE/.test(line)).map((line) => line.trim());
  options.logger.info({ nodes: summary.nodes, relationships: summary.relationships, ms: Date.now() - started, steps }, 'bulk import done');
}

/**
 * The properties the import files left out, by id through the id
 * constraint's index, in batches. They are mostly whole article texts, so
 * batches stay small (1,000 rows, about 2 MiB of text here, one a commit)
 * and the seeder's memory stays that of the validation pass (at 4 MiB
 * batches its live heap grew 1.8x from 10k to 100k statements, at these
 * 1.4x); two commits in flight, since these wait on the disk more than on
 * the CPU (at 100k this phase took 3.2 s, against 4.4-4.8 s with one in
 * flight and 500-row batches: single runs on a shared machine).
 */
async function writeLateProperties(executor: Executor, late: ImportFiles['late']): Promise<void> {
  const writer = new BatchWriter(executor, { batchSize: LATE_BATCH_ROWS, commitEvery: LATE_BATCH_ROWS, concurrentTransactions: 2 }, 0);
  for (const label of NODE_LABELS) {
    for await (const { item, size } of late[label].entries()) await writer.add(nodeWriteQuery(label, 'merge'), label, [item], size);
  }
  await writer.flush();
}
