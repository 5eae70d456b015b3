import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, repoRoot } from '../../src/config';
import { EmbeddedNeo4jGroup, startEmbeddedNeo4jGroup } from '../../src/db/embedded-neo4j';
import { launcherClasspath } from '../../src/db/launcher-build';
import { migrate } from '../../src/db/migrate';
import { createLogger, Logger } from '../../src/logger';
import { loadCorpus } from '../../src/seed/load-corpus';
import { seedCorpus } from '../../src/seed/seeder';
import { recordSeededCorpus } from '../../src/repositories/annotation-store';
import { hasFreshArchive, QUICK_START_OPTIONS, sharingOption, writeSharingArchive } from './class-sharing';
import {
  connectToDatabase,
  scratchUriVariable,
  storeUriVariable,
  TEST_STORE_PREFIX,
  TEST_URI_VARIABLE,
} from './test-database';
import { warmStore } from './warm-store';

/**
 * The test stores' collector, unless NEO4J_EMBEDDED_JVM_OPTIONS names one
 * (the JVM refuses two).
 */
function collectorOptions(own: string[]): string[] {
  return own.some((option) => /^-XX:\+Use\w+GC$/.test(option)) ? [] : ['-XX:+UseParallelGC'];
}

/** What global setup reads of jest's configuration. */
interface RunOptions {
  maxWorkers: number;
  runInBand: boolean;
}

/**
 * Starts the real Neo4j for the run and seeds the five articles: one fresh
 * embedded store per jest worker, so the database suites run side by side
 * and each one still sees a store that only one suite at a time writes to,
 * as when the whole run was in band. With NEO4J_URI the tests use that one
 * server instead (emptied first); jest.config.js then keeps them to one
 * worker. Test files find their store through the URIs left in the
 * environment (test-database.ts).
 */
export default async function globalSetup(run: RunOptions): Promise<void> {
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn', 'test-setup');
  const config = loadConfig({
    ...process.env,
    NEO4J_EMBEDDED_HEAP_MB: process.env.NEO4J_EMBEDDED_HEAP_MB ?? '768',
  });
  const started = Date.now();
  removeStoresOfFinishedRuns();
  const uris: string[] = [];
  if (config.neo4j.uri) {
    await prepare(config.neo4j.uri, config.seed.dir, logger, true);
    uris.push(config.neo4j.uri);
  } else {
    // Built once here: two stores starting together would both run Maven.
    await launcherClasspath();
    const count = run.runInBand ? 1 : Math.max(1, run.maxWorkers);
    const stores: EmbeddedNeo4jGroup[] = [];
    (globalThis as Record<string, unknown>).__peacegraphNeo4j = stores;
    // One JVM serves every worker's stores: they run all along and spend
    // much of their CPU compiling the Cypher planner's own code, which one
    // JVM compiles once for all of them.
    const startStores = async (jvmOptions: string[]) => {
      const home = (kind: string, index: number) =>
        path.join(repoRoot, '.neo4j', `${TEST_STORE_PREFIX}${process.pid}-${kind}${index + 1}`);
      const group = await startEmbeddedNeo4jGroup({
        // Per jest worker a seeded store and an empty scratch store
        // (scratch-store.ts), under names of this jest process, so two runs
        // on one machine never share (or wipe) each other's database.
        stores: [
          ...Array.from({ length: count }, (_, index) => ({ home: home('', index) })),
          ...Array.from({ length: count }, (_, index) => ({ home: home('scratch-', index) })),
        ],
        pageCacheMb: config.neo4j.embedded.pageCacheMb,
        heapMb: config.neo4j.embedded.heapMb * count,
        jvmOptions,
        logger,
        fresh: true,
      });
      stores.push(group);
      const seeded = group.uris.slice(0, count);
      await Promise.all(seeded.map((uri) => prepare(uri, config.seed.dir, logger, false)));
      uris.push(...seeded);
      group.uris.slice(count).forEach((uri, index) => (process.env[scratchUriVariable(index + 1)] = uri));
    };
    // Every JVM started after setup (the suites' own, the CLI's) uses the
    // class-data-sharing archive (class-sharing.ts). One kept from an
    // earlier run serves the stores as well; otherwise (a fresh clone, as
    // in CI) it is written beside their start. The stores live
    // the whole run and plan large queries all along: they keep the default
    // compilers (C2 planned the prefetch's largest queries ~13% faster here
    // than the client compiler), and take the throughput collector, since
    // nobody waits on their pauses (G1's concurrent work cost ~5% more CPU).
    const own = config.neo4j.embedded.jvmOptions;
    const useOptions = (options: string[]) => (process.env.NEO4J_EMBEDDED_JVM_OPTIONS = [...own, ...options].join(' '));
    const kept = await hasFreshArchive();
    if (kept) useOptions([...QUICK_START_OPTIONS, sharingOption()]);
    const storeOptions = [...collectorOptions(own), ...own, ...(kept ? [sharingOption()] : [])];
    const starting = Promise.all([
      startStores(storeOptions),
      ...(kept ? [] : [writeSharingArchive(logger).then(useOptions)]),
    ]);
    // Jest skips global teardown when setup fails: stop what did start.
    await starting.catch(async (error: unknown) => {
      await Promise.allSettled(stores.map((store) => store.stop()));
      throw error;
    });
  }
  uris.forEach((uri, index) => (process.env[storeUriVariable(index + 1)] = uri));
  process.env[TEST_URI_VARIABLE] = uris[0];
  console.log(`\n[global-setup] Neo4j at ${uris.join(', ')} ready and seeded in ${Date.now() - started} ms`);
}

/**
 * Applies the schema and seeds the five articles (after emptying a server
 * the tests do not own), then plans the example queries (warm-store.ts).
 */
async function prepare(uri: string, seedDir: string, logger: Logger, empty: boolean): Promise<void> {
  const database = connectToDatabase(uri);
  // Maintenance work, as the seed command does it: no transaction timeout
  // (a cold JVM on a busy machine can take longer than a request may).
  const executor = database.executor.withTimeout(0);
  const close = database.close;
  try {
    if (empty) await executor.writeTransaction((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    await migrate(executor, logger);
    await seedCorpus(executor, await loadCorpus(seedDir));
    // The corpus the graph was seeded from, kept beside it as the seed command keeps it.
    await recordSeededCorpus(executor, seedDir);
  } finally {
    await close();
  }
  await warmStore(uri, logger);
}

/** Test stores whose jest process is gone (a run killed before teardown). */
function removeStoresOfFinishedRuns(): void {
  const root = path.join(repoRoot, '.neo4j');
  if (!fs.existsSync(root)) return;
  for (const name of fs.readdirSync(root)) {
    const pid = Number(new RegExp(`^${TEST_STORE_PREFIX}(\\d+)(-(scratch-)?\\d+)?$`).exec(name)?.[1]);
    if (pid && !isAlive(pid)) fs.rmSync(path.join(root, name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
