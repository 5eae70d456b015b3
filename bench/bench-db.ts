// The benchmark's own embedded Neo4j: a fresh store under .neo4j/bench (never
// the app's .neo4j/data or the tests' .neo4j/test), with memory for the
// largest corpus of the run, and the schema of cypher/schema applied.
import path from 'node:path';
import { repoRoot } from '../src/config';
import { createDriver } from '../src/db/driver';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from '../src/db/embedded-neo4j';
import { Executor } from '../src/db/executor';
import { migrate } from '../src/db/migrate';
import { createLogger } from '../src/logger';
import type { Driver } from 'neo4j-driver';

export interface BenchDatabase {
  uri: string;
  driver: Driver;
  executor: Executor;
  embedded: EmbeddedNeo4j;
  close(): Promise<void>;
}

export const BENCH_HOME = path.join(repoRoot, '.neo4j', 'bench');

export interface BenchMemory {
  pageCacheMb: number;
  heapMb: number;
}

/** Neo4j memory for a corpus size: the one-transaction seed holds the whole corpus's writes in heap. */
export function neo4jMemory(statements: number): BenchMemory {
  if (statements <= 10_000) return { pageCacheMb: 512, heapMb: 1024 };
  if (statements <= 100_000) return { pageCacheMb: 2048, heapMb: 6144 };
  return { pageCacheMb: 6144, heapMb: 8192 };
}

/** A fresh, migrated store under .neo4j/bench. */
export function startBenchDatabase(memory: BenchMemory): Promise<BenchDatabase> {
  return openBenchDatabase(BENCH_HOME, memory, { fresh: true });
}

/** Neo4j on the store under `home` (emptied first when `fresh`), migrated. */
export async function openBenchDatabase(
  home: string,
  memory: BenchMemory,
  options: { fresh: boolean },
): Promise<BenchDatabase> {
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', 'bench');
  const embedded = await startEmbeddedNeo4j({ home, ...memory, logger, fresh: options.fresh, startTimeoutMs: 300_000 });
  const driver = createDriver(embedded.uri, { user: 'neo4j', password: '' }, true);
  const executor = new Executor(driver, 'neo4j', 3_600_000);
  await migrate(executor, logger);
  return {
    uri: embedded.uri,
    driver,
    executor,
    embedded,
    async close() {
      await driver.close();
      await embedded.stop();
    },
  };
}
