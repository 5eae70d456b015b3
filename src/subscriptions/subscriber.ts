import type { Config } from '../config';
import { ServiceUnavailableError, UnauthenticatedError } from '../errors/api-errors';
import type { Readiness } from '../db/readiness';
import type { Viewer } from '../graphql/viewer';
import { viewerFromHeaders } from '../http/viewer';

type Headers = Record<string, string | string[] | undefined>;

/**
 * Who subscribes, by the same rules as POST /graphql (request-context.ts):
 * an unknown key is refused, an anonymous caller too when READS_REQUIRE_AUTH
 * is on, and nobody while the database is not prepared.
 */
export function subscriber(headers: Headers, config: Config, readiness: Readiness): Viewer | null {
  const viewer = viewerFromHeaders(headers, config.auth.apiKeys);
  if (viewer === 'invalid') throw new UnauthenticatedError('The API key or bearer token is not valid');
  if (viewer === null && config.auth.readsRequireAuth) throw new UnauthenticatedError();
  if (!readiness.isPrepared)
    throw new ServiceUnavailableError('The graph database is not ready yet; try again shortly (see /ready)');
  return viewer;
}

/** graphql-ws connection params as headers: `{ "x-api-key": ... }` or `{ Authorization: "Bearer ..." }`, any case. */
export function paramsAsHeaders(params: Readonly<Record<string, unknown>> | undefined): Headers {
  const headers: Headers = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value === 'string') headers[name.toLowerCase()] = value;
  }
  return headers;
}
