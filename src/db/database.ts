import type { Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config';
import type { Logger } from '../logger';
import { createDriver } from './driver';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from './embedded-neo4j';
import { Executor } from './executor';

export interface Database {
  uri: string;
  driver: Driver;
  executor: Executor;
  /** Present when this process started Neo4j itself. */
  embedded?: EmbeddedNeo4j;
  close(): Promise<void>;
}

/**
 * The same code path for the three ways to reach Neo4j: embedded (no
 * NEO4J_URI), a single server (bolt://) or a cluster or Aura (neo4j://).
 */
export async function openDatabase(config: Neo4jConfig, logger: Logger, timeoutMs?: number): Promise<Database> {
  const embedded = config.uri ? undefined : await startEmbeddedNeo4j({ ...config.embedded, logger });
  const uri = config.uri ?? embedded!.uri;
  const driver = createDriver(uri, config, embedded !== undefined);
  const executor = new Executor(driver, config.database, timeoutMs);
  return {
    uri,
    driver,
    executor,
    embedded,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}
