import type { RequestHandler } from 'express';
import { ErrorCode } from '../errors/error-codes';
import { sendJsonError } from './json-error';

/**
 * How deep a request's JSON may nest. The deepest input the schema takes is
 * a few levels (an input object holding a date or a quote); GraphQL's
 * variable coercion and the limit plugins walk values recursively, so JSON
 * thousands of levels deep (still far under the body limit) would overflow
 * the stack there and surface as HTTP 500.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * Refuses a request whose JSON (a POST body, or GET's `variables` and
 * `extensions` parameters) nests deeper than MAX_JSON_DEPTH, with 400
 * BAD_USER_INPUT, before anything recursive sees it.
 */
export const limitJsonDepth: RequestHandler = (request, response, next) => {
  const values: [string, unknown][] =
    request.method === 'GET'
      ? (['variables', 'extensions'] as const).map((name) => [name, parsedOrNull(request.query[name])])
      : [['body', request.body]];
  for (const [name, value] of values) {
    if (nestsDeeperThan(value, MAX_JSON_DEPTH)) {
      sendJsonError(
        response,
        400,
        ErrorCode.BadUserInput,
        `The request's ${name} JSON nests deeper than ${MAX_JSON_DEPTH} levels; no input of this API needs more`,
      );
      return;
    }
  }
  next();
};

/** A query-string parameter's JSON, or null when it is absent or not JSON (Apollo reports that itself). */
function parsedOrNull(raw: unknown): unknown {
  if (typeof raw !== 'string') return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/** Walks with an explicit stack, not recursion, so the check cannot overflow on what it checks. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > limit) return true;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
}
