import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, repoRoot } from '../../src/config';
import { startEmbeddedNeo4j } from '../../src/db/embedded-neo4j';
import { migrate } from '../../src/db/migrate';
import { createLogger } from '../../src/logger';
import { loadCorpus } from '../../src/seed/load-corpus';
import { seedCorpus } from '../../src/seed/seeder';
import { connectTestDatabase, TEST_URI_VARIABLE } from './test-database';

/**
 * Starts the real Neo4j once for the whole run (a fresh embedded store,
 * unless NEO4J_URI names a server, which is then emptied), applies the
 * schema and seeds the five articles. Test files reach it through the URI
 * left in the environment.
 */
export default async function globalSetup(): Promise<void> {
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn', 'test-setup');
  const config = loadConfig({
    ...process.env,
    // One store per jest process, so two runs on one machine never share
    // (or wipe) each other's database.
    NEO4J_EMBEDDED_HOME: path.join(repoRoot, '.neo4j', `test-${process.pid}`),
    NEO4J_EMBEDDED_HEAP_MB: process.env.NEO4J_EMBEDDED_HEAP_MB ?? '768',
  });
  const started = Date.now();
  removeStoresOfFinishedRuns();
  if (config.neo4j.uri) {
    process.env[TEST_URI_VARIABLE] = config.neo4j.uri;
  } else {
    const embedded = await startEmbeddedNeo4j({ ...config.neo4j.embedded, logger, fresh: true });
    (globalThis as Record<string, unknown>).__peacegraphNeo4j = embedded;
    process.env[TEST_URI_VARIABLE] = embedded.uri;
  }
  const { executor, close } = connectTestDatabase();
  try {
    if (config.neo4j.uri) await executor.writeTransaction((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    await migrate(executor, logger);
    await seedCorpus(executor, await loadCorpus(config.seed.dir));
  } finally {
    await close();
  }
  console.log(
    `\n[global-setup] Neo4j at ${process.env[TEST_URI_VARIABLE]} ready and seeded in ${Date.now() - started} ms`,
  );
}

/** Test stores whose jest process is gone (a run killed before teardown). */
function removeStoresOfFinishedRuns(): void {
  const root = path.join(repoRoot, '.neo4j');
  if (!fs.existsSync(root)) return;
  for (const name of fs.readdirSync(root)) {
    const pid = Number(/^test-(\d+)$/.exec(name)?.[1]);
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
