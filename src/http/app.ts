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
import type { Config } from '../config';
import type { Executor } from '../db/executor';
import type { Readiness } from '../db/readiness';
import type { GraphqlContext } from '../graphql/context';
import { compiledExecution } from '../graphql/compiled-execution';
import { errorFormatter } from '../graphql/format-error';
import type { Logger } from '../logger';
import { prefetchPlugin } from '../prefetch/prefetch';
import { bodyErrors, requireJsonPost } from './body-errors';
import { exploreRouter } from './explore/router';
import { corsOptions } from './cors-options';
import { withTimeoutErrors } from './error-format';
import { queryLimitProtection } from './query-limits';
import { requestContext } from './request-context';
import { requestTimeout, skipIfTimedOut } from './request-timeout';

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

/** The HTTP surface: /health, /ready and /graphql. */
export async function createApp(deps: AppDependencies): Promise<App> {
  const { config, logger, executor, readiness, schema, httpServer } = deps;
  const production = config.env === 'production';
  const development = !production;
  const limits = queryLimitProtection(config.limits, production);
  const apollo = new ApolloServer<GraphqlContext>({
    // Compiled execution serves the same schema through Apollo's gateway interface (compiled-execution.ts).
    ...(config.graphql.compiledExecution ? { gateway: compiledExecution(schema) } : { schema }),
    introspection: config.graphql.introspection,
    includeStacktraceInErrorResponses: development,
    // Our own SIGINT/SIGTERM handler stops Apollo, then the driver and the
    // embedded Neo4j; Apollo's would re-raise the signal and exit first.
    stopOnTerminationSignals: false,
    formatError: withTimeoutErrors(errorFormatter(logger, development)),
    // Explicit although they are Apollo's defaults: these two are part of
    // the security posture (docs/security.md), not incidental settings.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...limits.plugins,
      // The schema sets no cache hints, and Apollo's cache-control plugin
      // would otherwise wrap every field's resolver to look for them.
      ApolloServerPluginCacheControlDisabled(),
      // One round trip per request: the fields it selects are read in one query before execution.
      prefetchPlugin(logger),
      config.graphql.landingPage
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
        : ApolloServerPluginLandingPageProductionDefault({ footer: false }),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');

  app.get('/health', (_request, response) => {
    response.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });

  app.get('/ready', async (_request, response) => {
    const report = await readiness.report();
    response.status(report.ready ? 200 : 503).json(report);
  });

  app.use('/explore', exploreRouter(executor));

  // Order matters: the deadline starts before the body is read, CORS answers
  // preflights before any body rule, and the size limit applies while
  // reading, so an oversized body is never buffered whole.
  app.use(
    '/graphql',
    requestTimeout(config.limits.requestTimeoutMs, executor.load),
    cors<cors.CorsRequest>(corsOptions(config.http.corsOrigins)),
    requireJsonPost,
    express.json({ limit: config.limits.maxBodyBytes }),
    skipIfTimedOut,
    expressMiddleware(apollo, { context: requestContext(config, executor, readiness) }),
  );
  app.use('/graphql', bodyErrors);

  return { express: app, apollo };
}
