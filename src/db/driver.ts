import neo4j, { Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config';

/**
 * One driver per process. Integers come back as JavaScript numbers: every
 * count and offset in this graph is far below 2^53.
 */
export function createDriver(uri: string, config: Pick<Neo4jConfig, 'user' | 'password'>, embedded: boolean): Driver {
  // The embedded database listens on loopback only and has auth off.
  const auth = embedded || config.password === '' ? undefined : neo4j.auth.basic(config.user, config.password);
  return neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
  });
}
