// Seeding throughput of one corpus into an empty, migrated Neo4j: entities
// and edges per second and the seeder's peak memory. Run as its own process
// (bench/run.ts spawns one per corpus and mode) so maxRSS is the seeder's
// alone.
//
//   node dist/bench/seed-throughput.js <bolt-uri> <seedDir> <mode> [batchSize] [commitEvery] [concurrentTransactions]
//   node dist/bench/seed-throughput.js <neo4j-home> <seedDir> import
//
// Modes:
//   one-tx   loadCorpus (the real validator, whole corpus in memory), then
//            seedCorpus with its default: the whole corpus in ONE transaction.
//   batched  the same, with seedCorpus({ commitEvery }): one transaction per
//            batch group.
//   stream   seedCorpusDir: the seed directory validated file by file (every
//            check loadCorpus makes, a few files open at a time) while each
//            file's rows are spooled to disk, then the spools written in
//            batches with a commit every commitEvery rows. Each file is parsed
//            once; validateMs is that pass, seedMs the writing after it.
//            Memory: the files being read (each parsed whole; at most 16
//            or 1 MiB of them read ahead), the compact id registry (64-bit hashes of the ids, off the V8 heap), one
//            batch group; file names and actors' names wait on disk.
//   import   seedCorpusDirByImport (src/seed/imported-seeder.ts): the same
//            validation and spooling as stream, then CSV files, neo4j-admin
//            database import into a new store under <neo4j-home> (it must
//            not exist), Neo4j started on it, the schema built, the
//            properties CSV leaves out written; seedMs is all of that.
// Every mode but chunks and import writes with CREATE into the empty store (MERGE when
// the store already holds entities; writeMode in the result says which).
//   chunks   the earlier streaming path: seedCorpusChunks over the files, 250
//            at a time, each file parsed and schema-checked on its own
//            (parseAnnotationFile) and written as it comes, edges spooled; no
//            cross-file checks (they relied on a separate validation run).
//   stream-late-fulltext   an experiment: chunks with the two full-text
//            indexes dropped first and rebuilt after (cypher/schema applied
//            again, then awaited); the time includes the rebuild.
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../src/db/driver';
import { Executor } from '../src/db/executor';
import { AnnotationValidationError } from '../src/seed/annotation-error';
import { buildCorpus } from '../src/seed/build-corpus';
import type { Corpus } from '../src/seed/corpus';
import { migrate } from '../src/db/migrate';
import { createLogger } from '../src/logger';
import { loadCorpus } from '../src/seed/load-corpus';
import { parseAnnotationFile } from '../src/seed/parse-annotation-file';
import type { ParsedFile } from '../src/seed/parsed-file';
import { seedCorpusDirByImport } from '../src/seed/imported-seeder';
import type { ImportPhase, ImportSeedResult } from '../src/seed/imported-seeder';
import { seedCorpus, seedCorpusChunks, seedCorpusDir, SeedResult } from '../src/seed/seeder';
import { cpuTimes, stealPercent } from './cpu-steal';
import { neo4jMemory, openBenchDatabase } from './bench-db';

export type SeedMode = 'one-tx' | 'batched' | 'stream' | 'chunks' | 'stream-late-fulltext' | 'import';
const MODES: readonly SeedMode[] = ['one-tx', 'batched', 'stream', 'chunks', 'stream-late-fulltext', 'import'];

export interface SeedMeasurement {
  mode: SeedMode;
  seedDir: string;
  batchSize: number;
  commitEvery: number | null;
  concurrentTransactions: number;
  /** Reading and validating the annotations (one-tx, batched, stream); in chunks mode parsing is interleaved with writing. */
  validateMs: number | null;
  /** Writing: from the first row to the last commit. */
  seedMs: number;
  /** Validation (if separate) plus writing. */
  totalMs: number;
  nodes: number;
  edges: number;
  rowsPerSecond: number;
  rowsPerSecondWithValidation: number;
  /** Peak resident set size of this process, MiB (getrusage maxrss). */
  peakRssMb: number;
  /** Highest V8 heap in use seen by a 50 ms sampler (garbage included), MiB. */
  peakHeapMb: number;
  /** Highest heap still in use after a full GC, sampled every second (needs --expose-gc), MiB: what the seeder really holds. */
  peakLiveHeapMb: number | null;
  graph: SeedResult['graph'];
  /** CREATE (an empty store) or MERGE: src/seed/write-mode.ts; or import. */
  writeMode: SeedResult['writeMode'];
  /** import mode: the writing phase by phase, ms (src/seed/imported-seeder.ts). */
  phases?: ImportSeedResult['phases'];
  /** import mode: the highest live heap seen in each phase, MiB (where peakLiveHeapMb was reached). */
  peakLiveHeapByPhaseMb?: Partial<Record<ImportPhase, number>>;
  /** CPU time of this process (user + system) from the start to the end of the measurement, ms: with a shared machine, a steadier figure than wall time. */
  cpuMs: number;
  /** 1-minute load average of the machine at the start and the end (other processes share it). */
  loadAverage: [number, number];
  /** Share of the machine's CPU time the hypervisor gave to other guests during the measurement, percent (bench/cpu-steal.ts); null off Linux. */
  stealPercent?: number | null;
}

/** The annotation files of a seed dir as chunks of `filesPerChunk`, `_` files first, read lazily. */
export function fileChunks(seedDir: string, filesPerChunk = 250): () => AsyncIterable<Corpus> {
  return async function* chunks() {
    const annotationsDir = path.join(seedDir, 'annotations');
    const articlesDir = path.join(seedDir, 'articles');
    const names = (await readdir(annotationsDir)).filter((name) => name.endsWith('.yaml'));
    // Shared declarations first, so most outlet names are known when their articles come.
    names.sort((a, b) => Number(b.startsWith('_')) - Number(a.startsWith('_')) || (a < b ? -1 : a > b ? 1 : 0));
    for (let start = 0; start < names.length; start += filesPerChunk) {
      const group = names.slice(start, start + filesPerChunk);
      const parsed: ParsedFile[] = [];
      const texts = new Map<string, string>();
      for (const name of group) {
        const result = parseAnnotationFile(
          `annotations/${name}`,
          await readFile(path.join(annotationsDir, name), 'utf8'),
        );
        if (result.problems.length > 0) throw new AnnotationValidationError(result.problems);
        parsed.push(result.parsed);
        const file = result.parsed.article?.value.file;
        if (file) texts.set(file, await readFile(path.join(articlesDir, file), 'utf8'));
      }
      yield buildCorpus(parsed, texts);
    }
  };
}

export interface SeedSettings {
  batchSize: number;
  commitEvery: number;
  concurrentTransactions: number;
}

export const DEFAULT_SEED_SETTINGS: SeedSettings = { batchSize: 5000, commitEvery: 5000, concurrentTransactions: 1 };

/** `target`: the Bolt URI of an empty, migrated store; for import mode, the home of a store not created yet. */
export async function measureSeeding(
  target: string,
  seedDir: string,
  mode: SeedMode,
  settings: SeedSettings = DEFAULT_SEED_SETTINGS,
): Promise<SeedMeasurement> {
  const { batchSize, commitEvery, concurrentTransactions } = settings;
  const loadAtStart = os.loadavg()[0];
  const cpuAtStart = process.cpuUsage();
  const machineCpuAtStart = cpuTimes();
  let peakHeap = 0;
  let peakLive = 0;
  const collect = (globalThis as { gc?: () => void }).gc;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 50);
  // import mode: the live heap phase by phase (each phase sampled at its start and its end too, so a short one is seen).
  let phase: ImportPhase | undefined;
  const byPhase: Partial<Record<ImportPhase, number>> = {};
  const sampleLive = () => {
    if (!collect) return;
    collect();
    const live = process.memoryUsage().heapUsed;
    peakLive = Math.max(peakLive, live);
    if (phase) byPhase[phase] = Math.max(byPhase[phase] ?? 0, live);
  };
  const enterPhase = (next: ImportPhase) => {
    sampleLive();
    phase = next;
    sampleLive();
  };
  const liveSampler = collect ? setInterval(sampleLive, 1000) : undefined;
  try {
    const started = Date.now();
    const { result, validateMs, phases } =
      mode === 'import'
        ? await seedByImport(target, seedDir, enterPhase)
        : await seedThroughBolt(target, seedDir, mode, settings, sampleLive);
    const totalMs = Date.now() - started;
    const rows = result.nodesWritten + result.edgesWritten;
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    sampleLive();
    phase = undefined;
    return {
      mode,
      seedDir,
      batchSize,
      commitEvery: mode === 'one-tx' ? null : commitEvery,
      concurrentTransactions: mode === 'one-tx' ? 1 : concurrentTransactions,
      validateMs,
      seedMs: result.milliseconds,
      totalMs,
      nodes: result.nodesWritten,
      edges: result.edgesWritten,
      rowsPerSecond: Math.round((rows * 1000) / result.milliseconds),
      rowsPerSecondWithValidation: Math.round((rows * 1000) / totalMs),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      peakHeapMb: Math.round(peakHeap / 1048576),
      peakLiveHeapMb: collect ? Math.round(peakLive / 1048576) : null,
      graph: result.graph,
      writeMode: result.writeMode,
      ...(phases ? { phases } : {}),
      ...(phases && collect
        ? { peakLiveHeapByPhaseMb: mapValues(byPhase, (bytes) => Math.round(bytes / 1048576)) }
        : {}),
      cpuMs: Math.round((process.cpuUsage(cpuAtStart).user + process.cpuUsage(cpuAtStart).system) / 1000),
      loadAverage: [round2(loadAtStart), round2(os.loadavg()[0])],
      stealPercent: stealPercent(machineCpuAtStart, cpuTimes()),
    };
  } finally {
    clearInterval(sampler);
    if (liveSampler) clearInterval(liveSampler);
  }
}

interface SeedRun {
  result: SeedResult;
  /** Validating apart from writing (null where the mode interleaves them). */
  validateMs: number | null;
  phases?: ImportSeedResult['phases'];
}

/** The import mode: a new store under `home`, with Neo4j started on it (and stopped after). */
async function seedByImport(home: string, seedDir: string, onPhase: (phase: ImportPhase) => void): Promise<SeedRun> {
  const imported = await seedCorpusDirByImport(seedDir, {
    home,
    onPhase,
    logger: createLogger(process.env.LOG_LEVEL ?? 'warn', 'bench-import'),
    openDatabase: () => openBenchDatabase(home, neo4jMemory(corpusStatements(seedDir)), { fresh: false }),
  });
  await imported.database.close();
  return {
    result: { ...imported, milliseconds: imported.writeMilliseconds },
    validateMs: imported.validateMilliseconds,
    phases: imported.phases,
  };
}

/** Every other mode: written through Bolt into the empty, migrated store at `uri`. */
async function seedThroughBolt(
  uri: string,
  seedDir: string,
  mode: SeedMode,
  settings: SeedSettings,
  sampleLive: () => void,
): Promise<SeedRun> {
  const { batchSize, commitEvery, concurrentTransactions } = settings;
  const driver = createDriver(uri, { user: 'neo4j', password: '' }, true);
  const executor = new Executor(driver, 'neo4j', 3_600_000);
  const started = Date.now();
  try {
    if (mode === 'stream') {
      const dir = await seedCorpusDir(executor, seedDir, { batchSize, commitEvery, concurrentTransactions });
      return { result: { ...dir, milliseconds: dir.writeMilliseconds }, validateMs: dir.validateMilliseconds };
    }
    if (mode === 'chunks' || mode === 'stream-late-fulltext') {
      const late = mode === 'stream-late-fulltext';
      if (late)
        for (const index of ['statement_search', 'name_search'])
          await executor.runSchemaStatement(`DROP INDEX ${index} IF EXISTS`);
      let result = await seedCorpusChunks(executor, fileChunks(seedDir), {
        batchSize,
        commitEvery,
        concurrentTransactions,
      });
      if (late) {
        await migrate(executor, createLogger('warn'));
        result = { ...result, milliseconds: Date.now() - started };
      }
      return { result, validateMs: null };
    }
    const corpus = await loadCorpus(seedDir);
    const validateMs = Date.now() - started;
    sampleLive();
    const result =
      mode === 'batched'
        ? await seedCorpus(executor, corpus, { batchSize, commitEvery, concurrentTransactions })
        : await seedCorpus(executor, corpus, { batchSize });
    return { result, validateMs };
  } finally {
    await driver.close();
  }
}

/** The statements in a generated corpus (its manifest), which sizes the Neo4j started on an imported store. */
function corpusStatements(seedDir: string): number {
  const manifest = JSON.parse(readFileSync(path.join(seedDir, 'manifest.json'), 'utf8')) as {
    shape?: { statements?: number };
  };
  const statements = manifest.shape?.statements;
  if (typeof statements !== 'number')
    throw new Error(`${seedDir}/manifest.json names no statement count (shape.statements)`);
  return statements;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function mapValues<K extends string, V, W>(record: Partial<Record<K, V>>, fn: (value: V) => W): Partial<Record<K, W>> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fn(value as V)])) as Partial<
    Record<K, W>
  >;
}

if (require.main === module) {
  const [uri, seedDir, mode, batchSize, commitEvery, concurrent] = process.argv.slice(2);
  if (!uri || !seedDir || !MODES.includes(mode as SeedMode)) {
    console.error(
      `usage: node dist/bench/seed-throughput.js <bolt-uri | neo4j-home for import> <seedDir> <${MODES.join('|')}> [batchSize] [commitEvery] [concurrent]`,
    );
    process.exit(2);
  }
  const settings: SeedSettings = {
    batchSize: Number(batchSize || DEFAULT_SEED_SETTINGS.batchSize),
    commitEvery: Number(commitEvery || DEFAULT_SEED_SETTINGS.commitEvery),
    concurrentTransactions: Number(concurrent || DEFAULT_SEED_SETTINGS.concurrentTransactions),
  };
  measureSeeding(uri, seedDir, mode as SeedMode, settings).then(
    (measurement) => {
      // The last line of stdout is the result, for the parent to parse.
      process.stdout.write(`${JSON.stringify(measurement)}\n`);
    },
    (error: Error) => {
      console.error(error.stack ?? error.message);
      process.exit(1);
    },
  );
}
