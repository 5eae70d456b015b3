import type { RequestHandler, Response } from 'express';
import { ErrorCode } from '../errors/error-codes';

/**
 * No answer larger than `maxBytes` leaves the server: a request that asks
 * for more (many exports, many large pages) gets 400 RESPONSE_TOO_LARGE with
 * the size and the limit instead, and nothing of the data. The query cost
 * refuses most such requests before they run; this is the backstop for what
 * a price cannot know in advance, such as how large the graph's exports
 * have grown. It measures the JSON Apollo hands to `response.send`, so no
 * answer is serialised twice.
 */
export function capResponseSize(maxBytes: number): RequestHandler {
  return (_request, response, next) => {
    const send = response.send.bind(response);
    response.send = ((body?: unknown) => {
      const bytes = typeof body === 'string' || Buffer.isBuffer(body) ? Buffer.byteLength(body) : 0;
      if (bytes <= maxBytes) return send(body);
      return send(tooLarge(response, bytes, maxBytes));
    }) as Response['send'];
    next();
  };
}

function tooLarge(response: Response, bytes: number, maxBytes: number): string {
  response.status(400).type('application/json; charset=utf-8');
  return JSON.stringify({
    errors: [
      {
        message: `The answer would be ${bytes} bytes, over the server's limit of ${maxBytes} (MAX_RESPONSE_BYTES); ask for less: fewer exports or aliases, smaller pages`,
        extensions: { code: ErrorCode.ResponseTooLarge, bytes, limit: maxBytes },
      },
    ],
  });
}
