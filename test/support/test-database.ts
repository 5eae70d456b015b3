import { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { Executor } from '../../src/db/executor';

/** The URI of the store this test file uses (global-setup and worker-store.ts set it). */
export const TEST_URI_VARIABLE = 'PEACEGRAPH_TEST_NEO4J_URI';
/**
 * Directory names of the embedded test stores under .neo4j/: test-<jest pid>-<worker>,
 * and test-<jest pid>-scratch-<worker> for the scratch stores.
 */
export const TEST_STORE_PREFIX = 'test-';

/**
 * The URI of this test file's scratch store: an embedded store beside its
 * seeded one, empty at the start of the run, for suites that need a
 * database of their own to empty, seed and compare (scratch-store.ts).
 * Unset with NEO4J_URI: one server is one store.
 */
export const SCRATCH_URI_VARIABLE = 'PEACEGRAPH_TEST_SCRATCH_NEO4J_URI';

/** The variable holding the URI of jest worker `worker`'s own store. */
export function storeUriVariable(worker: number): string {
  return `${TEST_URI_VARIABLE}_${worker}`;
}

/** The variable holding the URI of jest worker `worker`'s scratch store. */
export function scratchUriVariable(worker: number): string {
  return `${SCRATCH_URI_VARIABLE}_${worker}`;
}

/** The URI of this test file's store (its jest worker's own: worker-store.ts). */
export function testDatabaseUri(): string {
  const uri = process.env[TEST_URI_VARIABLE];
  if (!uri) throw new Error(`${TEST_URI_VARIABLE} is not set: run the tests through jest so global-setup starts Neo4j`);
  return uri;
}

export interface TestDatabase {
  uri: string;
  driver: Driver;
  executor: Executor;
  close(): Promise<void>;
}

/** A driver to this test file's real Neo4j (never a mock). */
export function connectTestDatabase(): TestDatabase {
  return connectToDatabase(testDatabaseUri());
}

export function connectToDatabase(uri: string): TestDatabase {
  const config = loadConfig();
  const driver = createDriver(uri, config.neo4j, config.neo4j.uri === undefined);
  const executor = new Executor(driver, config.neo4j.database);
  return { uri, driver, executor, close: () => driver.close() };
}
