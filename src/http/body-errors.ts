import type { ErrorRequestHandler, RequestHandler } from 'express';
import { sendJsonError } from './json-error';

/**
 * Only JSON bodies are GraphQL requests here. Anything else on a POST is
 * refused with 415 before it is read: form and text bodies are what a
 * cross-site form would send, and multipart is the file-upload CSRF vector.
 * (Apollo's CSRF prevention stays on behind this and still guards GET.)
 */
export const requireJsonPost: RequestHandler = (request, response, next) => {
  if (request.method !== 'POST' || request.is('application/json')) {
    next();
    return;
  }
  const sent = request.headers['content-type'] ?? 'none';
  sendJsonError(
    response,
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    `POST /graphql takes Content-Type: application/json, got ${sent}`,
  );
};

/**
 * express.json's failures (too large, not JSON, bad charset) as GraphQL-style
 * JSON errors instead of Express's HTML error page.
 */
export const bodyErrors: ErrorRequestHandler = (error: BodyError, _request, response, next) => {
  if (response.headersSent) {
    next(error);
    return;
  }
  switch (error.type) {
    case 'entity.too.large':
      sendJsonError(
        response,
        413,
        'PAYLOAD_TOO_LARGE',
        `The request body is larger than the ${error.limit} bytes allowed`,
      );
      return;
    case 'entity.parse.failed':
      sendJsonError(response, 400, 'BAD_REQUEST', 'The request body is not valid JSON');
      return;
    case 'encoding.unsupported':
    case 'charset.unsupported':
      sendJsonError(response, 415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body must be UTF-8 JSON');
      return;
    case 'request.aborted':
      // The client went away; there is no one to answer.
      return;
    default:
      next(error);
  }
};

interface BodyError extends Error {
  type?: string;
  limit?: number;
}
