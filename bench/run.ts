// `npm run bench`: the whole benchmark, end to end, on its own embedded Neo4j
// (.neo4j/bench, a fresh store for every seeding run). Per corpus size:
//   1. generate the synthetic corpus (cached under bench/results/tmp/corpora);
//   2. validate it with the real validator (own process: time, peak memory);
//   3. seed it into an empty store per seeding mode (own process each);
//   4. on the last store: start the three targets (and ours with the
//      proposed query shapes), check they return the same data, count round
//      trips at two page sizes, replay our Cypher against the proposed
//      shapes, then the alternating autocannon load;
// and write bench/results/run-<time>.json and bench/results/latest.md.
//
// Options (after `npm run bench --`):
//   --sizes 1k,10k,100k     corpus sizes in statements (1m works; see README)
//   --query-sizes 10k,100k  sizes that also get the query benchmark (default: all)
//   --seed-modes one-tx,import,stream   (the last one's store answers the queries)
//   --seconds 5 --rounds 3 --warmup 3 --concurrency 1,16,64
//   --operations nested     load only these operations (a look at one after a change)
//   --proposed              also run the `proposed` target (an earlier experiment: cypher-proposals.ts)
//   --merge-with <run.json> also report that earlier run's other sizes
//   --quick                 1k only, short runs: a smoke test of the harness
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { repoRoot } from '../src/config';
import { createDriver } from '../src/db/driver';
import { cpuTimes, stealPercent } from './cpu-steal';
import { BENCH_HOME, BenchDatabase, neo4jMemory, openBenchDatabase, startBenchDatabase } from './bench-db';
import { cypherProposals } from './cypher-proposals';
import { CorpusManifest, generateCorpus, readManifest } from './generate-corpus';
import { OPERATIONS } from './operations';
import { compareQueryShapes, ShapeResult } from './query-shapes';
import {
  AgreementResult,
  CellResult,
  checkAgreement,
  countRoundTrips,
  DEFAULT_LOAD_SETTINGS,
  Endpoints,
  LoadSettings,
  measureLoad,
  RoundTripResult,
} from './query-load';
import { renderMarkdown } from './report';
import { measureRoundTripCost } from './round-trip-cost';
import type { RoundTripCost } from './round-trip-cost';
import type { SeedMeasurement, SeedMode } from './seed-throughput';
import type { TargetUrls, TracedQuery } from './targets';
import type { ValidationMeasurement } from './validate-measure';

export interface SizeResult {
  statements: number;
  manifest: CorpusManifest;
  generateMs: number | null;
  validation: ValidationMeasurement | null;
  seeding: (SeedMeasurement | { mode: SeedMode; error: string })[];
  queries: {
    agreement: AgreementResult[];
    roundTrips: RoundTripResult[];
    shapes: ShapeResult[];
    load: CellResult[];
    proposals: string[];
    roundTripCost: RoundTripCost | null;
    /** True when these figures come from the --merge-with run. */
    fromMergedRun?: boolean;
  } | null;
}

export interface MergedRun {
  file: string;
  startedAt: string;
  command: string;
  loadAverage: { min: number; median: number; max: number };
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  command: string;
  machine: Record<string, unknown>;
  settings: Record<string, unknown>;
  sizes: SizeResult[];
  /** 1-minute load average sampled every 10 s through the run: the machine is shared. */
  loadAverage: { min: number; median: number; max: number };
  /** Share of the machine's CPU time the hypervisor gave to other guests over the run, percent (bench/cpu-steal.ts). */
  stealPercent?: number | null;
  /** The earlier runs whose other sizes this one includes (--merge-with), latest first. */
  mergedFrom?: MergedRun[] | MergedRun;
}

const resultsDir = path.join(repoRoot, 'bench', 'results');
const corporaDir = path.join(resultsDir, 'tmp', 'corpora');
const distBench = __dirname;

function parseSize(text: string): number {
  const match = /^(\d+)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`bad size "${text}" (e.g. 1k, 10k, 100k, 1m)`);
  return Number(match[1]) * (match[2].toLowerCase() === 'k' ? 1000 : match[2].toLowerCase() === 'm' ? 1_000_000 : 1);
}

function options(argv: string[]) {
  const value = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const sizes = (value('sizes') ?? (quick ? '1k' : '1k,10k,100k')).split(',').map(parseSize);
  const querySizes = value('query-sizes') === 'none' ? [] : (value('query-sizes')?.split(',').map(parseSize) ?? sizes);
  const load: LoadSettings = {
    ...DEFAULT_LOAD_SETTINGS,
    seconds: Number(value('seconds') ?? (quick ? 2 : DEFAULT_LOAD_SETTINGS.seconds)),
    rounds: Number(value('rounds') ?? (quick ? 1 : DEFAULT_LOAD_SETTINGS.rounds)),
    warmupSeconds: Number(value('warmup') ?? (quick ? 1 : DEFAULT_LOAD_SETTINGS.warmupSeconds)),
    concurrencies: (value('concurrency') ?? (quick ? '1,16' : DEFAULT_LOAD_SETTINGS.concurrencies.join(',')))
      .split(',')
      .map(Number),
    // --operations nested,actor: load only these (a look at one operation after a change; the full table needs all five).
    ...(value('operations') ? { operations: value('operations')!.split(',') } : {}),
  };
  const seedModes =
    value('seed-modes') === 'none' ? [] : ((value('seed-modes') ?? 'one-tx,import,stream').split(',') as SeedMode[]);
  return {
    sizes,
    querySizes,
    load,
    seedModes,
    proposed: argv.includes('--proposed'),
    quick,
    mergeWith: value('merge-with'),
  };
}

function label(statements: number): string {
  return statements >= 1_000_000
    ? `${statements / 1_000_000}M`
    : statements >= 1000
      ? `${statements / 1000}k`
      : String(statements);
}

/** Runs a bench script in its own Node process; its last stdout line is JSON. */
async function runJsonChild<T>(script: string, args: string[], nodeFlags: string[] = []): Promise<T> {
  const child = spawn(process.execPath, [...nodeFlags, path.join(distBench, script), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const last = stdout.trim().split('\n').pop() ?? '';
  if (code !== 0 || !last.startsWith('{'))
    throw new Error(`${script} exited with ${code}: ${stderr || stdout.slice(-2000)}`);
  return JSON.parse(last) as T;
}

async function startTargetsChild(uri: string, proposed: boolean): Promise<{ urls: TargetUrls; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [path.join(distBench, 'targets.js'), uri, ...(proposed ? ['--proposed'] : [])],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const urls = await new Promise<TargetUrls>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('BENCH_TARGETS ')) resolve(JSON.parse(line.slice('BENCH_TARGETS '.length)) as TargetUrls);
    });
    child.once('exit', (code) => reject(new Error(`targets exited with ${code}`)));
  });
  return { urls, child };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.stdin?.end();
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

/** Our Cypher for each operation, as the API sent it (first three inputs each), for the shape comparison. */
async function traceOurQueries(
  urls: TargetUrls,
  manifest: CorpusManifest,
  pageSize: number,
): Promise<Record<string, TracedQuery[]>> {
  const base = urls.roundTrips.replace(/round-trips$/, '');
  const traces: Record<string, TracedQuery[]> = {};
  await fetch(`${base}trace/on`, { method: 'POST' });
  try {
    for (const operation of OPERATIONS) {
      await fetch(urls.roundTrips, { method: 'POST' });
      for (const input of operation.inputs(manifest).slice(0, 3)) {
        await fetch(urls.ours, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(operation.ours(input, pageSize)),
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      traces[operation.name] = ((await (await fetch(`${base}trace`)).json()) as Record<string, TracedQuery[]>).ours;
    }
  } finally {
    await fetch(`${base}trace/off`, { method: 'POST' });
  }
  return traces;
}

function machine(): Record<string, unknown> {
  const cpus = os.cpus();
  let java = 'unknown';
  try {
    java = execFileSync('sh', ['-c', 'java -version 2>&1 | head -1'], { encoding: 'utf8' }).trim();
  } catch {
    // no java: the embedded Neo4j would not have started either
  }
  const pom = fs.readFileSync(path.join(repoRoot, 'launcher', 'pom.xml'), 'utf8');
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    java,
    neo4j: /<neo4j\.version>([^<]+)</.exec(pom)?.[1] ?? 'unknown',
  };
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const log = (line: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
  const loads: number[] = [];
  const loadSampler = setInterval(() => loads.push(os.loadavg()[0]), 10_000);
  const cpuAtStart = cpuTimes();
  const startedAt = new Date();
  const results: BenchResults = {
    startedAt: startedAt.toISOString(),
    finishedAt: '',
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine: machine(),
    settings: { ...opts, load: opts.load },
    sizes: [],
    loadAverage: { min: 0, median: 0, max: 0 },
  };
  // --merge-with <run.json>: keep that run's sizes that this run does not redo (e.g. add 1M to a 1k-100k run).
  const mergeWith = opts.mergeWith;
  if (mergeWith) {
    const earlier = JSON.parse(fs.readFileSync(mergeWith, 'utf8')) as BenchResults;
    const before = Array.isArray(earlier.mergedFrom)
      ? earlier.mergedFrom
      : earlier.mergedFrom
        ? [earlier.mergedFrom]
        : [];
    results.mergedFrom = [
      {
        file: path.basename(mergeWith),
        startedAt: earlier.startedAt,
        command: earlier.command,
        loadAverage: earlier.loadAverage,
      },
      ...before,
    ];
    results.sizes.push(...earlier.sizes.filter((size) => !opts.sizes.includes(size.statements)));
  }
  fs.mkdirSync(corporaDir, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const jsonFile = path.join(resultsDir, `run-${stamp}.json`);
  const save = () => {
    const sorted = [...loads].sort((a, b) => a - b);
    results.loadAverage = {
      min: round(sorted[0] ?? os.loadavg()[0]),
      median: round(sorted[Math.floor(sorted.length / 2)] ?? os.loadavg()[0]),
      max: round(sorted[sorted.length - 1] ?? os.loadavg()[0]),
    };
    results.stealPercent = stealPercent(cpuAtStart, cpuTimes());
    results.finishedAt = new Date().toISOString();
    results.sizes.sort((a, b) => a.statements - b.statements);
    fs.writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
    fs.writeFileSync(path.join(resultsDir, 'latest.md'), renderMarkdown(results, path.basename(jsonFile)));
  };

  for (const statements of opts.sizes) {
    const dir = path.join(corporaDir, String(statements));
    log(`corpus of ${label(statements)} statements`);
    let manifest = readManifest(dir, statements);
    let generateMs: number | null = null;
    if (!manifest) {
      const started = Date.now();
      manifest = generateCorpus(statements, dir);
      generateMs = Date.now() - started;
    }
    const size: SizeResult = { statements, manifest, generateMs, validation: null, seeding: [], queries: null };
    results.sizes.push(size);
    // Merging an earlier run: a size reseeded here without queries keeps that run's query figures.
    const earlier = mergeWith
      ? (JSON.parse(fs.readFileSync(mergeWith, 'utf8')) as BenchResults).sizes.find((s) => s.statements === statements)
      : undefined;
    if (earlier?.queries && !opts.querySizes.includes(statements))
      size.queries = { ...earlier.queries, fromMergedRun: true };
    // Seeding modes this run does not redo keep the merged run's figures.
    const kept = earlier ? earlier.seeding.filter((s) => !opts.seedModes.includes(s.mode)) : [];

    log(`validating (src/seed/load-corpus.ts) ${label(statements)}`);
    try {
      size.validation = await runJsonChild<ValidationMeasurement>(
        'validate-measure.js',
        [dir],
        ['--expose-gc', '--max-old-space-size=16384'],
      );
    } catch (error) {
      size.validation = {
        ok: false,
        ms: NaN,
        peakRssMb: NaN,
        heapAfterMb: NaN,
        error: (error as Error).message.slice(0, 1000),
      };
    }
    log(`validation: ${JSON.stringify(size.validation)}`);
    save();

    // The in-memory modes hold the whole corpus (the validator's), and the experiment is for 100k: 1M streams only.
    const modes = opts.seedModes.filter((mode) => mode === 'stream' || mode === 'import' || statements <= 100_000);
    const order = ['one-tx', 'batched', 'stream', 'import', 'stream-late-fulltext'];
    const keepOrder = () => size.seeding.sort((a, b) => order.indexOf(a.mode) - order.indexOf(b.mode));
    size.seeding.push(...kept);
    let db: BenchDatabase | undefined;
    for (const [index, mode] of modes.entries()) {
      // The import builds a new store under BENCH_HOME and starts (and stops) Neo4j on it itself; it is reopened if the queries need it.
      if (mode === 'import') fs.rmSync(BENCH_HOME, { recursive: true, force: true });
      else db = await startBenchDatabase(neo4jMemory(statements));
      const target = mode === 'import' ? BENCH_HOME : db!.uri;
      log(`seeding ${label(statements)} (${mode}) into ${target}`);
      let seededHere = false;
      try {
        const measurement = await runJsonChild<SeedMeasurement>(
          'seed-throughput.js',
          [target, dir, mode],
          ['--expose-gc', '--max-old-space-size=16384'],
        );
        size.seeding.push(measurement);
        seededHere = true;
        keepOrder();
        log(
          `seeded: ${measurement.nodes + measurement.edges} rows in ${measurement.seedMs} ms, ${measurement.rowsPerSecond}/s, live heap ${measurement.peakLiveHeapMb} MiB`,
        );
      } catch (error) {
        size.seeding.push({ mode, error: (error as Error).message.slice(0, 2000) });
        log(`seeding failed: ${(error as Error).message.slice(0, 500)}`);
      }
      save();
      const last = index === modes.length - 1;
      if (mode === 'import')
        db =
          last && seededHere
            ? await openBenchDatabase(BENCH_HOME, neo4jMemory(statements), { fresh: false })
            : undefined;
      else if (!last) await db!.close();
    }

    if (db && opts.querySizes.includes(statements) && size.seeding.some((s) => !('error' in s))) {
      log(`queries on ${label(statements)}`);
      const ours = await startTargetsChild(db.uri, false);
      const proposed = opts.proposed ? await startTargetsChild(db.uri, true) : undefined;
      try {
        const urls: Endpoints = {
          ...ours.urls,
          ...(proposed
            ? {
                proposed: proposed.urls.ours,
                proposedRoundTrips: proposed.urls.roundTrips,
                proposedPid: proposed.urls.pid,
              }
            : {}),
          neo4jPid: db.embedded.pid,
        };
        const agreement = await checkAgreement(urls, manifest, opts.load);
        log(`agreement: ${agreement.map((a) => `${a.operation} ${a.agree ? 'ok' : 'DIFFERS'}`).join(', ')}`);
        const roundTrips = await countRoundTrips(urls, manifest, opts.load);
        const driver = createDriver(db.uri, { user: 'neo4j', password: '' }, true);
        let shapes: ShapeResult[] = [];
        let roundTripCost: RoundTripCost | null = null;
        try {
          shapes = await compareQueryShapes(driver, await traceOurQueries(ours.urls, manifest, opts.load.pageSize), 9);
          roundTripCost = await measureRoundTripCost(driver, manifest.topSpeakers[0].id);
        } finally {
          await driver.close();
        }
        size.queries = {
          agreement,
          roundTrips,
          shapes,
          load: [],
          proposals: proposed?.urls.proposals ?? [],
          roundTripCost,
        };
        save();
        size.queries.load = await measureLoad(urls, manifest, opts.load, log);
        // A run that loads some operations only (--operations) keeps the merged run's figures of the others (load cells marked).
        if (earlier?.queries) {
          size.queries.load = withOthersKept(
            size.queries.load,
            earlier.queries.load.map((cell) => ({ ...cell, fromMergedRun: true as const })),
          );
          size.queries.agreement = withOthersKept(size.queries.agreement, earlier.queries.agreement);
          size.queries.roundTrips = withOthersKept(size.queries.roundTrips, earlier.queries.roundTrips);
        }
        save();
      } finally {
        await stopChild(ours.child);
        if (proposed) await stopChild(proposed.child);
      }
    }
    await db?.close();
  }
  clearInterval(loadSampler);
  save();
  // The proposed texts as run, for review next to the results.
  const proposalsDir = path.join(resultsDir, 'proposed-cypher');
  fs.mkdirSync(proposalsDir, { recursive: true });
  for (const proposal of cypherProposals().proposals)
    fs.writeFileSync(path.join(proposalsDir, `${proposal.name}.cypher`), proposal.proposed);
  log(`wrote ${path.relative(repoRoot, jsonFile)} and bench/results/latest.md`);
}

/** This run's entries, then the earlier run's of operations this run did not measure, in the order of OPERATIONS. */
function withOthersKept<T extends { operation: string }>(measured: T[], earlier: T[]): T[] {
  const done = new Set(measured.map((entry) => entry.operation));
  const order = OPERATIONS.map((operation) => operation.name);
  const rank = (entry: T) => order.indexOf(entry.operation);
  // A stable sort: within one operation, entries keep their order (clients, targets).
  return [...measured, ...earlier.filter((entry) => !done.has(entry.operation))].sort((a, b) => rank(a) - rank(b));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
