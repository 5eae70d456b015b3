import type { RequestHandler, Response } from 'express';
import type { DatabaseLoad } from '../db/database-load';
import { BUSY_RETRY_AFTER_SECONDS } from '../errors/api-errors';
import { ErrorCode } from '../errors/error-codes';
import { REQUEST_TIMEOUT_CODE } from '../errors/request-timeout-error';
import { sendJsonError } from './json-error';

/**
 * Every request answers within `timeoutMs`, however slowly the client sends
 * its body or the resolvers run: after that the client gets 503
 * REQUEST_TIMEOUT and the connection is closed. Work still running (a Cypher
 * query) is bounded separately by CYPHER_TIMEOUT_MS, which is shorter.
 *
 * When the deadline passes while the database is stalled or every pooled
 * connection is taken, the request waited on load rather than asked too
 * much: it gets 503 SERVER_BUSY with Retry-After instead, since asking for
 * less would not have helped and the same request later will do.
 */
export function requestTimeout(timeoutMs: number, load?: DatabaseLoad): RequestHandler {
  // Requests under way in this process: more of them than the database has
  // connections for means each waits its turn (in the pool or for the CPU).
  let active = 0;
  return (_request, response, next) => {
    active++;
    const started = Date.now();
    const timer = setTimeout(() => {
      if (response.writableEnded) return;
      if (response.headersSent) {
        // Half an answer is worse than none: cut it so the client sees an error.
        response.destroy();
        return;
      }
      response.setHeader('connection', 'close');
      if (load && (load.busyWithin(Date.now() - started) || active > load.saturatedAt)) {
        response.setHeader('retry-after', String(BUSY_RETRY_AFTER_SECONDS));
        sendJsonError(
          response,
          503,
          ErrorCode.ServerBusy,
          `The database is too busy to answer within ${timeoutMs} ms; retry after the number of seconds in the Retry-After header`,
        );
      } else {
        sendJsonError(
          response,
          503,
          REQUEST_TIMEOUT_CODE,
          `The request took longer than ${timeoutMs} ms; ask for less or try again`,
        );
      }
      response.locals.timedOut = true;
      muzzle(response);
    }, timeoutMs);
    let cleared = false;
    const clear = () => {
      clearTimeout(timer);
      if (!cleared) active--;
      cleared = true;
    };
    response.once('finish', clear);
    response.once('close', clear);
    next();
  };
}

/** Stops the rest of the chain once the deadline has answered for it. */
export const skipIfTimedOut: RequestHandler = (_request, response, next) => {
  if (!response.locals.timedOut) next();
};

/**
 * Apollo finishes its work after we have answered; its late setHeader and
 * send must not throw ERR_HTTP_HEADERS_SENT (which Express would turn into
 * a destroyed socket and an error log), so they become no-ops.
 */
function muzzle(response: Response): void {
  const ignore = () => response;
  Object.assign(response, {
    setHeader: ignore,
    writeHead: ignore,
    status: ignore,
    send: ignore,
    json: ignore,
    write: () => true,
    end: ignore,
  });
}
