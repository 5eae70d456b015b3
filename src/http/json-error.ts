import type { Response } from 'express';

/**
 * A refusal made before GraphQL runs (body too large, not JSON, too slow),
 * in the same `{ errors: [...] }` shape Apollo uses, so a client reads every
 * refusal from `errors[0].extensions.code` whatever layer made it.
 */
export function sendJsonError(response: Response, status: number, code: string, message: string): void {
  response
    .status(status)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
