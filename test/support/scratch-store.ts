import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from '../../src/db/embedded-neo4j';
import { Executor } from '../../src/db/executor';
import { createLogger } from '../../src/logger';
import { runJvmOptions } from './class-sharing';
import { connectToDatabase, SCRATCH_URI_VARIABLE, TestDatabase } from './test-database';

/**
 * A database of a suite's own, empty: no nodes, no indexes, no constraints,
 * as a freshly created store is. Suites that empty, seed and compare whole
 * graphs (the seeder's modes, the bulk import's reference) use it.
 *
 * In a run on embedded stores it is the jest worker's scratch store, served
 * by the JVM that serves the seeded stores (global-setup.ts), emptied here:
 * one worker runs one suite at a time, so no other suite writes to it
 * meanwhile, and no Neo4j has to start for it. Otherwise (NEO4J_URI names
 * the one server the tests may use) an embedded store of its own under
 * .neo4j/, removed on close.
 */
export async function openScratchStore(name: string): Promise<TestDatabase> {
  const uri = process.env[SCRATCH_URI_VARIABLE];
  if (uri) {
    const database = connectToDatabase(uri);
    await emptyStore(database.executor);
    return database;
  }
  const home = path.join(repoRoot, '.neo4j', `${name}-${process.pid}`);
  const store = await openPrivateStore(home, true);
  return {
    ...store,
    async close() {
      await store.close();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * An embedded Neo4j of a suite's own on `home` (emptied first when `fresh`),
 * small and started with the run's JVM options; close stops it.
 */
export async function openPrivateStore(
  home: string,
  fresh: boolean,
): Promise<TestDatabase & { embedded: EmbeddedNeo4j }> {
  const embedded = await startEmbeddedNeo4j({
    home,
    pageCacheMb: 32,
    heapMb: 384,
    jvmOptions: runJvmOptions(),
    logger: createLogger('silent'),
    fresh,
  });
  const driver = createDriver(embedded.uri, { user: 'neo4j', password: '' }, true);
  return {
    uri: embedded.uri,
    driver,
    executor: new Executor(driver, 'neo4j'),
    embedded,
    async close() {
      await driver.close();
      await embedded.stop();
    },
  };
}

/** Deletes every node, constraint and index: what a suite before left behind. */
async function emptyStore(executor: Executor): Promise<void> {
  await executor.writeTransaction((tx) => tx.run('MATCH (n) DETACH DELETE n'));
  const names = (query: string) =>
    executor.readTransaction(async (tx) => (await tx.run(query)).records.map((record) => record.get('name') as string));
  // A constraint owns its index: constraints go first, then the indexes left.
  for (const name of await names('SHOW CONSTRAINTS YIELD name RETURN name'))
    await executor.writeTransaction((tx) => tx.run('DROP CONSTRAINT $name', { name }));
  for (const name of await names("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"))
    await executor.writeTransaction((tx) => tx.run('DROP INDEX $name', { name }));
}
