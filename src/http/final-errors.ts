import type { ErrorRequestHandler } from 'express';
import { ErrorCode } from '../errors/error-codes';
import type { Logger } from '../logger';
import { sendJsonError } from './json-error';

/**
 * The last error handler of the app. Express's own answers an error with an
 * HTML page that, outside production, holds the stack and the server's
 * absolute paths; this one answers JSON in the shape of every other refusal.
 * A 4xx that a middleware set (a malformed URL, a body it could not read)
 * keeps its status with a generic message; anything else is a 500 whose
 * detail goes to the log only.
 */
export function finalErrors(logger: Logger): ErrorRequestHandler {
  return (error: HttpError, request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const status = Number(error?.status ?? error?.statusCode);
    if (Number.isInteger(status) && status >= 400 && status < 500) {
      sendJsonError(response, status, 'BAD_REQUEST', `The request could not be read (HTTP ${status})`);
      return;
    }
    logger.error({ err: error, method: request.method, url: request.originalUrl }, 'unexpected error in a route');
    sendJsonError(response, 500, ErrorCode.InternalServerError, 'Internal server error');
  };
}

interface HttpError {
  status?: unknown;
  statusCode?: unknown;
}
