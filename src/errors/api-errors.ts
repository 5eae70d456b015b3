import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

/** Each error knows its code and the HTTP status it stands for. */
abstract class ApiError extends GraphQLError {
  constructor(
    message: string,
    code: ErrorCode,
    httpStatus: number,
    extensions: Record<string, unknown> = {},
    headers?: Map<string, string>,
  ) {
    super(message, {
      extensions: { ...extensions, code, http: { status: httpStatus, ...(headers ? { headers } : {}) } },
    });
  }
}

export class BadUserInputError extends ApiError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, ErrorCode.BadUserInput, 400, extensions);
  }
}

/**
 * A bookmark the client sent back (the Neo4j-Bookmark header, or
 * `extensions.bookmark` in the body) that is not one this API gave out:
 * malformed, or refused by the database as not one of its own.
 */
export class InvalidBookmarkError extends BadUserInputError {
  constructor(detail: string) {
    super(
      `The Neo4j-Bookmark header (or extensions.bookmark) is not a bookmark this API gave out: ${detail}. ` +
        'Send back exactly the value of the Neo4j-Bookmark header of a response to a mutation, or nothing.',
      { header: 'Neo4j-Bookmark' },
    );
  }
}

export class NotFoundError extends ApiError {
  constructor(message: string) {
    super(message, ErrorCode.NotFound, 404);
  }
}

export class UnauthenticatedError extends ApiError {
  constructor(message = 'Authentication required: send Authorization: Bearer <key> or X-API-Key: <key>') {
    super(message, ErrorCode.Unauthenticated, 401);
  }
}

export class ForbiddenError extends ApiError {
  constructor(message: string) {
    super(message, ErrorCode.Forbidden, 403);
  }
}

/** The request is valid but the server's state forbids it until someone changes that state. */
export class ConflictError extends ApiError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, ErrorCode.Conflict, 409, extensions);
  }
}

export class ServiceUnavailableError extends ApiError {
  constructor(message = 'The graph database is not reachable right now; try again shortly') {
    super(message, ErrorCode.ServiceUnavailable, 503);
  }
}

/**
 * The operation would cost more than MAX_COST (src/http/query-cost.ts).
 * `cost` and `limit` travel in the extensions so a client can see how far
 * over it is and split the query; cost is null when the operation has more
 * fields than are worth pricing one by one.
 */
export class CostLimitExceededError extends ApiError {
  constructor(cost: number | null, limit: number) {
    super(
      cost === null
        ? `The query has too many fields to price; its cost is far over the limit of ${limit}. Ask for less: fewer aliases or fragments, smaller pages.`
        : `The query would cost ${cost}, over the limit of ${limit}. Ask for less: smaller pages (first/last), fewer aliases or nested pages.`,
      ErrorCode.CostLimitExceeded,
      400,
      { cost, limit },
    );
  }
}

/** Seconds a client is asked to wait before retrying a request refused as busy. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

/**
 * The database is reachable but cannot take this request now: the driver's
 * connection pool stayed exhausted, or the database stopped answering for a
 * while (a stall) with queries in flight. Apart from SERVICE_UNAVAILABLE
 * (nothing to talk to) and REQUEST_TIMEOUT (this request asks too much): the
 * same request is expected to succeed once the load passes, and Retry-After
 * (Apollo copies `extensions.http.headers` onto the response) says when.
 */
export class ServerBusyError extends ApiError {
  constructor(message = 'The server is busy right now; retry after the number of seconds in the Retry-After header') {
    super(message, ErrorCode.ServerBusy, 503, {}, new Map([['retry-after', String(BUSY_RETRY_AFTER_SECONDS)]]));
  }
}
