import { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { Executor } from '../../src/db/executor';

/** Where global-setup leaves the URI of the database the tests share. */
export const TEST_URI_VARIABLE = 'PEACEGRAPH_TEST_NEO4J_URI';

export interface TestDatabase {
  uri: string;
  driver: Driver;
  executor: Executor;
  close(): Promise<void>;
}

/** A driver to the run's real Neo4j (never a mock). */
export function connectTestDatabase(): TestDatabase {
  const uri = process.env[TEST_URI_VARIABLE];
  if (!uri) throw new Error(`${TEST_URI_VARIABLE} is not set: run the tests through jest so global-setup starts Neo4j`);
  const config = loadConfig();
  const driver = createDriver(uri, config.neo4j, config.neo4j.uri === undefined);
  const executor = new Executor(driver, config.neo4j.database);
  return { uri, driver, executor, close: () => driver.close() };
}
