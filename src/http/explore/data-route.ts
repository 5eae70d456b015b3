import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { AnalyticsReads } from '../../analytics/analytics-reads';
import { AnalyticsSession } from '../../analytics/session';
import type { Config } from '../../config';
import type { Executor } from '../../db/executor';
import { ErrorCode } from '../../errors/error-codes';
import type { Logger } from '../../logger';
import { requireArticles } from '../../repositories/article-scope';
import { sendJsonError } from '../json-error';
import { viewerFromHeaders } from '../viewer';
import { exploreData, exploreOptions } from './explore-data';

export interface DataRouteDependencies {
  config: Config;
  executor: Executor;
  logger: Logger;
}

/**
 * GET /explore/data.json: the same analytics as GraphQL's `analytics`, so it
 * is held to the same rules as a GraphQL read: an API key when
 * READS_REQUIRE_AUTH is on, a scope of known articles and at most a page of
 * them, a valid asOf date, and the request deadline (app.ts mounts it
 * behind requestTimeout).
 * Every refusal is JSON in the `{ errors: [...] }` shape /graphql uses.
 */
export function exploreDataRoute({ config, executor, logger }: DataRouteDependencies): RequestHandler {
  return async (request, response) => {
    const viewer = viewerFromHeaders(request.headers, config.auth.apiKeys);
    if (viewer === 'invalid' || (viewer === null && config.auth.readsRequireAuth)) {
      sendJsonError(
        response,
        401,
        ErrorCode.Unauthenticated,
        viewer === 'invalid'
          ? 'The API key or bearer token is not valid'
          : 'Authentication required: send Authorization: Bearer <key> or X-API-Key: <key>',
      );
      return;
    }
    try {
      const options = exploreOptions(request.query as Record<string, unknown>);
      if (!options) {
        sendJsonError(
          response,
          400,
          ErrorCode.BadUserInput,
          'level must be ACTOR or SIDE, and articles a comma-separated list of article ids',
        );
        return;
      }
      await requireArticles(executor, options.articles);
      // One snapshot read serves both: the network as of the date is cut from the one as it stands.
      const reads = new AnalyticsReads(executor);
      const session = new AnalyticsSession(executor, options, undefined, undefined, reads);
      const whole = new AnalyticsSession(executor, { ...options, asOf: null }, undefined, undefined, reads);
      const data = await exploreData(session, whole.snapshot());
      response.set('cache-control', 'no-store').json(data);
    } catch (error) {
      if (response.headersSent) return;
      const status = httpStatusOf(error);
      if (status !== null && error instanceof GraphQLError) {
        sendJsonError(response, status, String(error.extensions.code), error.message);
        return;
      }
      logger.error({ err: error }, 'unexpected error while computing /explore/data.json');
      sendJsonError(response, 500, ErrorCode.InternalServerError, 'Internal server error');
    }
  };
}

/** The HTTP status our own errors (api-errors.ts, RequestTimeoutError) carry; null for anything else. */
function httpStatusOf(error: unknown): number | null {
  if (!(error instanceof GraphQLError)) return null;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : null;
}
