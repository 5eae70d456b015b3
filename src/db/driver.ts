import neo4j, { Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config';

/**
 * How long a request may spend just reaching Neo4j. With the database down
 * these bound the wait: a refused connection fails at once, an unreachable
 * host after `connectionTimeout`, and the managed-transaction retry loop
 * gives up after `maxTransactionRetryTime`, so a request answers
 * SERVICE_UNAVAILABLE in a few seconds instead of hanging. All three sum to
 * well under the default REQUEST_TIMEOUT_MS (10 s).
 */
export const driverTimeouts = {
  connectionTimeout: 2_000,
  connectionAcquisitionTimeout: 3_000,
  maxTransactionRetryTime: 2_000,
} as const;

/** Connections per driver; more concurrent queries than this wait for one (up to connectionAcquisitionTimeout). */
export const MAX_CONNECTION_POOL_SIZE = 50;

/**
 * One driver per process. Integers come back as JavaScript numbers: every
 * count and offset in this graph is far below 2^53.
 */
export function createDriver(uri: string, config: Pick<Neo4jConfig, 'user' | 'password'>, embedded: boolean): Driver {
  // The embedded database listens on loopback only and has auth off.
  const auth = embedded || config.password === '' ? undefined : neo4j.auth.basic(config.user, config.password);
  return neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: MAX_CONNECTION_POOL_SIZE,
    ...driverTimeouts,
    // Connections idle for a minute are re-checked before use, so a pool
    // that outlived a Neo4j restart does not hand out dead sockets.
    connectionLivenessCheckTimeout: 60_000,
  });
}
