import type { Request } from 'express';
import type { AnalyticsEngine } from '../analytics/analytics-engine';
import type { Config } from '../config';
import type { Executor } from '../db/executor';
import type { Readiness } from '../db/readiness';
import { RequestBookmarks } from '../db/request-bookmarks';
import { ServiceUnavailableError, UnauthenticatedError } from '../errors/api-errors';
import { createContext, type GraphqlContext } from '../graphql/context';
import { bookmarksSent } from './bookmarks/bookmarks-sent';
import { viewerFromHeaders } from './viewer';

/**
 * Builds each request's context, refusing early what no resolver should see:
 * an unknown key (401), an anonymous caller when READS_REQUIRE_AUTH is on
 * (401), a bookmark that cannot be one (400), and any request while the
 * database is not prepared yet (503), so
 * a server started with Neo4j down answers at once instead of serving an
 * empty or schema-less graph.
 *
 * Mutations check the caller's role in their resolvers; this only decides
 * whether the request may run at all.
 */
export function requestContext(config: Config, executor: Executor, readiness: Readiness, analytics?: AnalyticsEngine) {
  return async ({ req }: { req: Request }): Promise<GraphqlContext> => {
    const viewer = viewerFromHeaders(req.headers, config.auth.apiKeys);
    if (viewer === 'invalid') throw new UnauthenticatedError('The API key or bearer token is not valid');
    if (viewer === null && config.auth.readsRequireAuth) throw new UnauthenticatedError();
    const bookmarks = new RequestBookmarks(bookmarksSent(req));
    if (!readiness.isPrepared)
      throw new ServiceUnavailableError('The graph database is not ready yet; try again shortly (see /ready)');
    // Mutations validate changes against the seed directory this server was
    // started with, not whatever SEED_DIR the process environment holds.
    return createContext(executor, viewer, { seedDir: config.seed.dir, analytics, bookmarks });
  };
}
