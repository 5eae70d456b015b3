import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { Express } from 'express';
import { GraphQLError, GraphQLSchema } from 'graphql';
import type http from 'node:http';
import type { Config } from '../config';
import type { Executor } from '../db/executor';
import type { Readiness } from '../db/readiness';
import { ErrorCode } from '../errors/error-codes';
import { createContext, GraphqlContext } from '../graphql/context';
import { errorFormatter } from '../graphql/format-error';
import type { Logger } from '../logger';
import { viewerFromHeaders } from './viewer';

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
  const development = config.env !== 'production';
  const apollo = new ApolloServer<GraphqlContext>({
    schema,
    introspection: config.graphql.introspection,
    includeStacktraceInErrorResponses: development,
    formatError: errorFormatter(logger, development),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
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

  app.use(
    '/graphql',
    cors<cors.CorsRequest>(),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const viewer = viewerFromHeaders(req.headers, config.auth.apiKeys);
        if (viewer === 'invalid') {
          throw new GraphQLError('The API key or bearer token is not valid', {
            extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } },
          });
        }
        return createContext(executor, viewer);
      },
    }),
  );

  return { express: app, apollo };
}
