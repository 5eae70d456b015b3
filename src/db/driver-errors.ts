import { Neo4jError } from 'neo4j-driver';
import { ServiceUnavailableError } from '../errors/api-errors';
import { RequestTimeoutError } from '../errors/request-timeout-error';
import { clientQueryError } from './client-query-errors';

// The driver's codes for "no server to talk to" (refused, reset, gone while
// a session was open).
const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired']);

// The server-side transaction timeout (4.x and 5.x spellings). Only this:
// a transaction *terminated* for another reason (shutdown, an admin) is a
// transient error below, and retrying it later can succeed.
const timeoutCodes = /^Neo\.ClientError\.Transaction\.TransactionTimedOut\w*$/;

// Neo4j's "try again" class (database stopping or starting, transaction
// terminated, leader switch), left over after the driver's own retries.
const transientCodes = /^Neo\.TransientError\./;

// Socket-level failures that reach us without a Neo4j code, e.g. wrapped as
// the cause of another error.
const socketFailure =
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|socket hang up|Connection acquisition timed out|Pool is closed|connection was closed/i;

/**
 * Connection trouble becomes SERVICE_UNAVAILABLE (the client may retry),
 * a transaction that ran out of time becomes REQUEST_TIMEOUT (it should ask
 * for less); anything else passes through and the error formatter hides it.
 * Walks the `cause` chain because the driver wraps socket errors.
 */
export function mapDriverError(error: unknown): unknown {
  if (error instanceof ServiceUnavailableError || error instanceof RequestTimeoutError) return error;
  const clientError = clientQueryError(error);
  if (clientError) return clientError;
  for (
    let current: unknown = error, depth = 0;
    current instanceof Error && depth < 5;
    current = current.cause, depth++
  ) {
    if (current instanceof Neo4jError) {
      if (timeoutCodes.test(current.code)) {
        return new RequestTimeoutError(
          'The database query took longer than the server allows; ask for less (smaller pages, fewer fields)',
        );
      }
      if (unavailableCodes.has(current.code) || transientCodes.test(current.code)) return new ServiceUnavailableError();
    }
    if (
      socketFailure.test(current.message) ||
      socketFailure.test(String((current as NodeJS.ErrnoException).code ?? ''))
    ) {
      return new ServiceUnavailableError();
    }
  }
  return error;
}
