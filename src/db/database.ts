import type { Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config';
import type { Logger } from '../logger';
import { createDriver } from './driver';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from './embedded-neo4j';
import { Executor } from './executor';
import { Neo4jSupervisor, SupervisorOptions } from './neo4j-supervisor';
import { liveForeignOwner, StoreInUseError, StoreOwner } from './store-owner';

export interface Database {
  uri: string;
  driver: Driver;
  executor: Executor;
  /** Present when this process started Neo4j itself (the one running now, after any restart). */
  embedded?: EmbeddedNeo4j;
  /** Present when this process watches its embedded Neo4j and restarts it (a server). */
  supervisor?: Neo4jSupervisor;
  /** Present when the embedded store's database belongs to another running process, worked through here. */
  sharedWith?: StoreOwner;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Request work's transaction timeout (CYPHER_TIMEOUT_MS); maintenance work runs without one. */
  timeoutMs?: number;
  /**
   * Restart the embedded Neo4j when it dies (neo4j-supervisor.ts). Such a
   * process owns the store: it refuses to start beside another owner.
   */
  supervise?: Pick<SupervisorOptions, 'maxAttempts' | 'backoffMs' | 'onGiveUp'> & {
    /** After a restart (and after the driver follows a new address): e.g. warm the cold JVM again. */
    onRestarted?: () => Promise<void>;
  };
}

/**
 * The same code path for the three ways to reach Neo4j: embedded (no
 * NEO4J_URI), a single server (bolt://) or a cluster or Aura (neo4j://).
 *
 * Embedded, the store may already be in use by a running server: a short
 * job (the command line's seed, counts, analytics) then works through that
 * server's database, found in the owner file next to the store, instead of
 * starting its own, which would mean stopping the server's.
 */
export async function openDatabase(
  config: Neo4jConfig,
  logger: Logger,
  options: OpenOptions | number = {},
): Promise<Database> {
  const { timeoutMs, supervise } = typeof options === 'number' ? { timeoutMs: options, supervise: undefined } : options;
  if (!config.uri && !supervise) {
    const owner = liveForeignOwner(config.embedded.home);
    if (owner && !(owner.launcherAlive && owner.ready)) throw new StoreInUseError(config.embedded.home, owner);
    if (owner) {
      logger.warn(
        { ownerPid: owner.ownerPid, uri: owner.uri },
        `working through the embedded Neo4j of the running process ${owner.ownerPid} at ${owner.uri}`,
      );
      return clientOf(owner.uri, config, true, timeoutMs, owner);
    }
  }
  if (config.uri) return clientOf(config.uri, config, false, timeoutMs);

  const first = await startEmbeddedNeo4j({ ...config.embedded, logger });
  const database = clientOf(first.uri, config, true, timeoutMs);
  if (!supervise) {
    return {
      ...database,
      embedded: first,
      async close() {
        await database.driver.close();
        await first.stop();
      },
    };
  }
  let driver = database.driver;
  const supervisor = new Neo4jSupervisor(first, logger, {
    ...supervise,
    // The port chosen at the first start is asked for again, so a restart
    // keeps the URI the driver (and any client of the owner file) knows.
    start: (port) => startEmbeddedNeo4j({ ...config.embedded, logger, port: port ?? undefined }),
    async onRestarted(neo4j, uriChanged) {
      if (uriChanged) {
        const old = driver;
        driver = createDriver(neo4j.uri, config, true);
        database.executor.replaceDriver(driver);
        logger.warn({ uri: neo4j.uri }, 'embedded Neo4j came back on another port; the driver follows it');
        await old.close().catch(() => undefined);
      }
      await supervise.onRestarted?.();
    },
  });
  return {
    get uri() {
      return supervisor.current.uri;
    },
    get driver() {
      return driver;
    },
    executor: database.executor,
    get embedded() {
      return supervisor.current;
    },
    supervisor,
    async close() {
      await driver.close();
      await supervisor.stop();
    },
  };
}

function clientOf(
  uri: string,
  config: Neo4jConfig,
  embedded: boolean,
  timeoutMs: number | undefined,
  sharedWith?: StoreOwner,
): Database {
  const driver = createDriver(uri, config, embedded);
  const executor = new Executor(driver, config.database, timeoutMs);
  return { uri, driver, executor, sharedWith, close: () => driver.close() };
}
