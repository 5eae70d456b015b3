import { isRetryableError } from 'neo4j-driver';
import type { Driver, ManagedTransaction, RecordShape, SessionConfig } from 'neo4j-driver';
import { DatabaseLoad } from './database-load';
import { driverTimeouts, MAX_CONNECTION_POOL_SIZE } from './driver';
import { isDatabaseAnswer, mapDriverError } from './driver-errors';
import { specialisedQuery } from './named-queries';
import type { RequestBookmarks } from './request-bookmarks';

export { mapDriverError };

export type Params = Record<string, unknown>;
export type Row = RecordShape;

/** Told of every round trip, e.g. to count them per request. */
export type QueryObserver = (queryName: string) => void;

/**
 * What every executor derived from one (withTimeout) shares: the driver,
 * which a restarted database on another port replaces, and the load seen.
 */
interface SharedConnection {
  driver: Driver;
  load: DatabaseLoad;
}

/**
 * The one place that opens sessions. Reads run in read sessions so a
 * cluster can route them to followers; every call names its database,
 * which saves the driver a round trip to find the home database.
 */
export class Executor {
  /**
   * `timeoutMs` is the server-side transaction timeout (CYPHER_TIMEOUT_MS
   * for request work): Neo4j itself aborts a runaway query, so it stops
   * using the database's memory and threads, not just our patience.
   * 0 means no timeout, for maintenance work such as seeding.
   */
  private readonly shared: SharedConnection;

  constructor(
    driver: Driver,
    readonly database: string,
    readonly timeoutMs = 30_000,
    shared?: SharedConnection,
    private readonly bookmarks?: RequestBookmarks,
  ) {
    this.shared = shared ?? { driver, load: new DatabaseLoad(3_000, MAX_CONNECTION_POOL_SIZE) };
  }

  /** The same connection pool with another transaction timeout. */
  withTimeout(timeoutMs: number): Executor {
    return new Executor(this.shared.driver, this.database, timeoutMs, this.shared, this.bookmarks);
  }

  /**
   * The same connection pool for one request: its sessions wait for the
   * bookmarks the client sent back and keep those of its writes
   * (request-bookmarks.ts).
   */
  withBookmarks(bookmarks: RequestBookmarks): Executor {
    return new Executor(this.shared.driver, this.database, this.timeoutMs, this.shared, bookmarks);
  }

  /**
   * The same object for this executor and every one derived from it (one
   * per request, with its bookmarks): the key for caches of what the
   * database holds, which all of them see alike.
   */
  get cacheKey(): object {
    return this.shared;
  }

  /** What the queries of this executor (and those derived from it) have seen lately. */
  get load(): DatabaseLoad {
    return this.shared.load;
  }

  private get driver(): Driver {
    return this.shared.driver;
  }

  /**
   * Points this executor and every one derived from it at another driver
   * (the database came back on another address). The caller closes the old one.
   */
  replaceDriver(driver: Driver): void {
    this.shared.driver = driver;
  }

  /** Runs `cypher/queries/<name>.cypher` as a read (one auto-commit query, see autoCommitRead). */
  async read<T extends Row = Row>(name: string, params: Params = {}, observer?: QueryObserver): Promise<T[]> {
    observer?.(name);
    return this.autoCommitRead<T>(specialisedQuery(name, params), params);
  }

  /**
   * Runs a read composed of named queries (src/prefetch/compose-cypher.ts):
   * their text joined by generated clauses, every value still a parameter.
   * `label` names it for the observer.
   */
  async readComposed<T extends Row = Row>(
    label: string,
    cypher: string,
    params: Params,
    observer?: QueryObserver,
  ): Promise<T[]> {
    observer?.(label);
    return this.autoCommitRead<T>(cypher, params);
  }

  /** Runs `cypher/queries/<name>.cypher` in a write transaction. */
  async write<T extends Row = Row>(name: string, params: Params = {}, observer?: QueryObserver): Promise<T[]> {
    observer?.(name);
    return this.run('WRITE', (tx) =>
      tx.run<T>(specialisedQuery(name, params), params).then((r) => r.records.map((rec) => rec.toObject())),
    );
  }

  /** Several statements, all or nothing. */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.run('WRITE', work);
  }

  async readTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.run('READ', work);
  }

  /** Cypher that is not a named query: schema files, which hold no user input. */
  async runSchemaStatement(cypher: string): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      await this.tracked(() => session.run(cypher), 0);
    } finally {
      await closeQuietly(session);
    }
  }

  /** One round trip to the database; an answer counts as a sign of life for the load tracker. */
  async ping(): Promise<void> {
    await this.tracked(() => this.driver.verifyConnectivity({ database: this.database }), 0);
  }

  /**
   * Tells the load tracker about one piece of database work and maps its
   * failure to the error a client should see.
   */
  private async tracked<T>(work: () => Promise<T>, timeoutMs: number): Promise<T> {
    const { load } = this.shared;
    const started = Date.now();
    load.started();
    try {
      const result = await work();
      load.finished(true);
      return result;
    } catch (error) {
      load.finished(isDatabaseAnswer(error));
      throw mapDriverError(error, { load, elapsedMs: Date.now() - started, timeoutMs });
    }
  }

  /**
   * A single read query as an auto-commit transaction in a read session: one
   * message exchange (RUN and PULL) where a managed transaction adds BEGIN
   * and COMMIT, which the benchmark (bench/round-trip-cost.ts) measured at
   * about a third of a read's time. A single query needs no transaction
   * around it to be consistent, and a read session still routes to readers
   * in a cluster. What the managed transaction gave besides is its retry of
   * transient failures (a leader switch, a deadlock), so that is kept here.
   */
  private async autoCommitRead<T extends Row>(cypher: string, params: Params): Promise<T[]> {
    const config = this.timeoutMs > 0 ? { timeout: this.timeoutMs } : undefined;
    // The same bound as the driver's retry of managed transactions.
    const retryUntil = Date.now() + driverTimeouts.maxTransactionRetryTime;
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session(this.sessionConfig('READ'));
      const { load } = this.shared;
      const started = Date.now();
      load.started();
      try {
        const result = await session.run<T>(cypher, params, config);
        load.finished(true);
        return result.records.map((record) => record.toObject());
      } catch (error) {
        load.finished(isDatabaseAnswer(error));
        // After a restart the pool may hold several dead sockets, each failing once: retry until the deadline, not a count.
        const delay = Math.min(RETRY_DELAY_MS * attempt, 500);
        if (!isRetryableError(error) || Date.now() + delay > retryUntil) {
          throw mapDriverError(error, { load, elapsedMs: Date.now() - started, timeoutMs: this.timeoutMs });
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
      } finally {
        await closeQuietly(session);
      }
    }
  }

  /**
   * A session of this executor's database; with the request's bookmark
   * manager when it has one for this kind of work, and without the key
   * otherwise, so a request without bookmarks opens the same session as
   * before they existed.
   */
  private sessionConfig(mode: 'READ' | 'WRITE'): SessionConfig {
    const bookmarkManager = mode === 'READ' ? this.bookmarks?.forRead : this.bookmarks?.forWrite();
    return bookmarkManager
      ? { database: this.database, defaultAccessMode: mode, bookmarkManager }
      : { database: this.database, defaultAccessMode: mode };
  }

  private async run<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session(this.sessionConfig(mode));
    try {
      // The driver rejects a zero timeout; leaving it out means "no limit".
      const config = this.timeoutMs > 0 ? { timeout: this.timeoutMs } : undefined;
      return await this.tracked(
        () => (mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config)),
        this.timeoutMs,
      );
    } finally {
      await closeQuietly(session);
    }
  }
}

/** The pause before a read's next attempt after a transient failure, times the attempt (at most half a second). */
const RETRY_DELAY_MS = 50;

/**
 * With the database gone, closing a session can fail too; that failure must
 * not replace the mapped error the caller is about to see.
 */
async function closeQuietly(session: { close(): Promise<void> }): Promise<void> {
  try {
    await session.close();
  } catch {
    // The connection is already dead; the pool discards it.
  }
}
