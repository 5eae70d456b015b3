import { Driver, ManagedTransaction, Neo4jError, RecordShape } from 'neo4j-driver';
import { ServiceUnavailableError } from '../errors/api-errors';
import { namedQuery } from './named-queries';

export type Params = Record<string, unknown>;
export type Row = RecordShape;

/** Told of every round trip, e.g. to count them per request. */
export type QueryObserver = (queryName: string) => void;

/**
 * The one place that opens sessions. Reads go through read transactions so
 * a cluster can route them to followers; every call names its database,
 * which saves the driver a round trip to find the home database.
 */
export class Executor {
  constructor(
    private readonly driver: Driver,
    readonly database: string,
    private readonly timeoutMs = 30_000,
  ) {}

  /** Runs `cypher/queries/<name>.cypher` in a read transaction. */
  async read<T extends Row = Row>(name: string, params: Params = {}, observer?: QueryObserver): Promise<T[]> {
    observer?.(name);
    return this.run('READ', (tx) => tx.run<T>(namedQuery(name), params).then((r) => r.records.map((rec) => rec.toObject())));
  }

  /** Runs `cypher/queries/<name>.cypher` in a write transaction. */
  async write<T extends Row = Row>(name: string, params: Params = {}, observer?: QueryObserver): Promise<T[]> {
    observer?.(name);
    return this.run('WRITE', (tx) => tx.run<T>(namedQuery(name), params).then((r) => r.records.map((rec) => rec.toObject())));
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
      await session.run(cypher);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (error) {
      throw mapDriverError(error);
    }
  }

  private async run<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    try {
      const config = { timeout: this.timeoutMs };
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }
}

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Connection trouble becomes SERVICE_UNAVAILABLE; the rest passes through. */
export function mapDriverError(error: unknown): unknown {
  if (error instanceof Neo4jError && (unavailableCodes.has(error.code) || error.retriable && /connect|unavailable/i.test(error.message))) {
    return new ServiceUnavailableError();
  }
  return error;
}
