import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type http from 'node:http';
import { inlineEngine, PooledEngine } from '../analytics/analytics-engine';
import { AnalyticsPool } from '../analytics/analytics-pool';
import type { Config } from '../config';
import type { Executor } from '../db/executor';
import type { Readiness } from '../db/readiness';
import type { GraphqlContext } from '../graphql/context';
import { compiledExecution } from '../graphql/compiled-execution';
import { errorFormatter } from '../graphql/format-error';
import { subscriptionsNotOverHttp } from '../graphql/no-subscriptions';
import type { Logger } from '../logger';
import { prefetchPlugin } from '../prefetch/prefetch';
import { serveGraphqlWs } from '../subscriptions/graphql-ws-server';
import type { SubscriptionTransportDeps } from '../subscriptions/graphql-ws-server';
import { graphqlSseHandler } from '../subscriptions/graphql-sse-handler';
import { startLiveChanges } from '../subscriptions/live-changes';
import { bodyErrors, requireJsonPost } from './body-errors';
import { bookmarkPlugin } from './bookmarks/bookmark-plugin';
import { exploreRouter } from './explore/router';
import { reviewRouter } from './review/router';
import { homePage } from './home-page';
import { corsOptions } from './cors-options';
import { finalErrors } from './final-errors';
import { limitJsonDepth } from './json-depth';
import { withTimeoutErrors } from './error-format';
import { queryLimitProtection } from './query-limits';
import { rateLimitPerClient } from './rate-limit';
import { requestContext } from './request-context';
import { requestTimeout, skipIfTimedOut } from './request-timeout';
import { capResponseSize } from './response-cap';

export interface AppDependencies {
  config: Config;
  logger: Logger;
  executor: Executor;
  readiness: Readiness;
  schema: GraphQLSchema;
  httpServer: http.Server;
}

export interface App {
  express: Express;
  apollo: ApolloServer<GraphqlContext>;
}

/** Where graphql-sse serves subscriptions; graphql-ws shares /graphql (a WebSocket upgrade). */
export const SSE_PATH = '/graphql/stream';

/** The HTTP surface: / (a page of links), /health, /ready, /explore, /review, /graphql (POST, and graphql-ws) and /graphql/stream. */
export async function createApp(deps: AppDependencies): Promise<App> {
  const { config, logger, executor, readiness, schema, httpServer } = deps;
  const production = config.env === 'production';
  const development = !production;
  const limits = queryLimitProtection(config.limits, production);
  // Analytics and exports run on worker threads, their results kept per graph version.
  const analyticsPool = new AnalyticsPool(Math.max(1, config.analytics.workers));
  const analytics =
    config.analytics.workers > 0
      ? new PooledEngine(analyticsPool, { ttlMs: config.analytics.cacheTtlMs })
      : inlineEngine;
  // Subscriptions: this process's reader of the change feed, and the two
  // transports over it, with the limits and error formatting of POST /graphql.
  const formatError = withTimeoutErrors(errorFormatter(logger, development));
  const live = startLiveChanges(executor, logger);
  const subscriptions: SubscriptionTransportDeps = {
    config,
    executor,
    readiness,
    live,
    formatError,
    limits: {
      schema,
      validationRules: limits.validationRules,
      parseOptions: limits.parseOptions,
      maxCost: config.limits.maxCost,
    },
  };
  const webSockets = serveGraphqlWs(httpServer, '/graphql', subscriptions);
  const apollo = new ApolloServer<GraphqlContext>({
    // Compiled execution serves the same schema through Apollo's gateway interface (compiled-execution.ts).
    ...(config.graphql.compiledExecution ? { gateway: compiledExecution(schema) } : { schema }),
    introspection: config.graphql.introspection,
    // Never, in any mode: a stack names the server's files, and a client
    // whose request was refused needs the message, not our call chain. The
    // log has every stack (format-error.ts).
    includeStacktraceInErrorResponses: false,
    // Our own SIGINT/SIGTERM handler stops Apollo, then the driver and the
    // embedded Neo4j; Apollo's would re-raise the signal and exit first.
    stopOnTerminationSignals: false,
    formatError,
    // Explicit although they are Apollo's defaults: these two are part of
    // the security posture (docs/security.md), not incidental settings.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: [...limits.validationRules, subscriptionsNotOverHttp],
    parseOptions: limits.parseOptions,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ serverWillStop: () => analyticsPool.close() }) },
      // Subscribers hear "going away" (and may reconnect elsewhere with their last cursor) before the drain.
      {
        serverWillStart: async () => ({
          drainServer: async () => {
            await webSockets.close();
            live.hub.stop();
          },
        }),
      },
      ...limits.plugins,
      // The schema sets no cache hints, and Apollo's cache-control plugin
      // would otherwise wrap every field's resolver to look for them.
      ApolloServerPluginCacheControlDisabled(),
      // One round trip per request: the fields it selects are read in one query before execution.
      prefetchPlugin(logger),
      // Read-your-writes across API processes: a write's bookmark goes back to the client.
      bookmarkPlugin(),
      config.graphql.landingPage
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
        : ApolloServerPluginLandingPageProductionDefault({ footer: false }),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');

  app.get('/', homePage(config.graphql.landingPage));

  app.get('/health', (_request, response) => {
    response.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });

  app.get('/ready', async (_request, response) => {
    const report = await readiness.report();
    response.status(report.ready ? 200 : 503).json(report);
  });

  app.use('/explore', exploreRouter({ config, executor, logger }));
  app.use('/review', reviewRouter());

  // Long-lived event streams: rate-limited and CORS-checked like /graphql,
  // but without its request deadline or response cap, which would cut them.
  app.use(
    SSE_PATH,
    rateLimitPerClient(config.limits, config.auth.apiKeys),
    cors<cors.CorsRequest>(corsOptions(config.http.corsOrigins)),
    express.json({ limit: config.limits.maxBodyBytes }),
    graphqlSseHandler(subscriptions),
  );

  // Order matters: a client over its rate is refused before anything else,
  // the deadline starts before the body is read, CORS answers preflights
  // before any body rule, and the size limit applies while reading, so an
  // oversized body is never buffered whole.
  app.use(
    '/graphql',
    rateLimitPerClient(config.limits, config.auth.apiKeys),
    requestTimeout(config.limits.requestTimeoutMs, executor.load),
    capResponseSize(config.limits.maxResponseBytes),
    cors<cors.CorsRequest>(corsOptions(config.http.corsOrigins)),
    requireJsonPost,
    express.json({ limit: config.limits.maxBodyBytes }),
    limitJsonDepth,
    skipIfTimedOut,
    expressMiddleware(apollo, { context: requestContext(config, executor, readiness, analytics) }),
  );
  app.use('/graphql', bodyErrors);
  app.use(finalErrors(logger));

  return { express: app, apollo };
}
