import { Neo4jError } from 'neo4j-driver';
import { ServerBusyError, ServiceUnavailableError } from '../errors/api-errors';
import { RequestTimeoutError } from '../errors/request-timeout-error';
import { clientQueryError } from './client-query-errors';
import { type DatabaseLoad, UNRESPONSIVE_AFTER_MS } from './database-load';

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

// Every pooled connection stayed in use for the whole acquisition timeout:
// the database is answering, just not fast enough for this many requests.
const poolExhausted = /Connection acquisition timed out/i;

// A new connection's handshake did not finish in time: a saturated database
// (or machine) accepts slowly, a vanished host never answers. Which one it
// was is told by whether the database answered anything just before.
const connectTimedOut = /Failed to establish connection in \d+ ?ms/i;

// Socket-level failures that reach us without a Neo4j code, e.g. wrapped as
// the cause of another error.
const socketFailure =
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|socket hang up|Pool is closed|connection was closed/i;

export interface MappingContext {
  /** What the executor saw lately; without it a connect timeout counts as down. */
  load?: DatabaseLoad;
  /** How long the failed query ran, and the transaction timeout it had. */
  elapsedMs?: number;
  timeoutMs?: number;
}

/**
 * Connection trouble becomes SERVICE_UNAVAILABLE (the client may retry),
 * load becomes SERVER_BUSY (pool exhausted, or a timeout that only fired
 * because the database stalled), a transaction that ran out of time becomes
 * REQUEST_TIMEOUT (it should ask for less); anything else passes through and
 * the error formatter hides it. Walks the `cause` chain because the driver
 * wraps socket errors.
 */
export function mapDriverError(error: unknown, context: MappingContext = {}): unknown {
  if (
    error instanceof ServiceUnavailableError ||
    error instanceof RequestTimeoutError ||
    error instanceof ServerBusyError
  ) {
    return error;
  }
  const clientError = clientQueryError(error);
  if (clientError) return clientError;
  for (
    let current: unknown = error, depth = 0;
    current instanceof Error && depth < 5;
    current = current.cause, depth++
  ) {
    if (poolExhausted.test(current.message)) return new ServerBusyError();
    if (connectTimedOut.test(current.message)) {
      return context.load?.answeredWithin(UNRESPONSIVE_AFTER_MS)
        ? new ServerBusyError()
        : new ServiceUnavailableError();
    }
    if (current instanceof Neo4jError) {
      if (timeoutCodes.test(current.code)) return timedOut(context);
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

/**
 * The database enforces the timeout while it runs; an answer that comes
 * much later than the timeout means the database was not running the
 * query for a while (stalled), so the query's own cost is not to blame;
 * nor is it when the database is saturated at that moment.
 */
function timedOut({ load, elapsedMs, timeoutMs }: MappingContext): Error {
  const stallMs = load?.stallMs ?? 3_000;
  if (elapsedMs !== undefined && timeoutMs && elapsedMs > timeoutMs + stallMs) return new ServerBusyError();
  // With every pooled connection in use while it ran, the query shared the
  // database with as many others: its time went to waiting its turn.
  if (load && (elapsedMs === undefined ? load.busy : load.busyWithin(elapsedMs))) return new ServerBusyError();
  return new RequestTimeoutError(
    'The database query took longer than the server allows; ask for less (smaller pages, fewer fields)',
  );
}

/**
 * Whether the database itself replied (rows, or an error of its own such as
 * a syntax error or a timeout), as opposed to the driver giving up on it.
 */
export function isDatabaseAnswer(error: unknown): boolean {
  return error instanceof Neo4jError && error.code.startsWith('Neo.');
}
