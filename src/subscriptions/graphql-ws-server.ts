import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type http from 'node:http';
import { WebSocketServer } from 'ws';
import type { Config } from '../config';
import type { Executor } from '../db/executor';
import type { Readiness } from '../db/readiness';
import type { Viewer } from '../graphql/viewer';
import { prepareSubscription } from './subscription-operation';
import type { OperationLimits } from './subscription-operation';
import { paramsAsHeaders, subscriber } from './subscriber';
import { subscriptionContext } from './subscription-context';
import type { LiveChanges } from './subscription-context';

export interface SubscriptionTransportDeps {
  config: Config;
  executor: Executor;
  readiness: Readiness;
  limits: OperationLimits;
  live: LiveChanges;
  /** The error formatting of POST /graphql: codes kept, internal errors masked (format-error.ts). */
  formatError: (formatted: GraphQLFormattedError, original: unknown) => GraphQLFormattedError;
}

/**
 * graphql-ws (the protocol of Apollo Client's GraphQLWsLink and of Apollo
 * Sandbox) on the same path as POST /graphql, so a client needs one URL with
 * ws:// in front. The API key travels in the connection params (x-api-key or
 * Authorization) or the upgrade request's headers; a refused key closes the
 * socket with 4403 before any subscription.
 */
export function serveGraphqlWs(httpServer: http.Server, path: string, deps: SubscriptionTransportDeps) {
  const sockets = new WebSocketServer({ server: httpServer, path });
  const server = useServer<Record<string, unknown>, { viewer: Viewer | null }>(
    {
      schema: deps.limits.schema,
      onConnect: (ctx) => {
        try {
          const headers = { ...ctx.extra.request.headers, ...paramsAsHeaders(ctx.connectionParams) };
          ctx.extra.viewer = subscriber(headers, deps.config, deps.readiness);
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        const prepared = prepareSubscription(deps.limits, payload);
        if ('errors' in prepared) return prepared.errors;
        return {
          schema: deps.limits.schema,
          document: prepared.document,
          variableValues: prepared.variables,
          operationName: prepared.operationName,
          contextValue: subscriptionContext(deps.executor, ctx.extra.viewer ?? null, deps.live),
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => format(deps, error)) } : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => format(deps, error)),
    },
    sockets,
  );
  return {
    /** Tells every client the server is going away (1001, so graphql-ws clients retry), then stops. */
    close: async () => {
      for (const socket of sockets.clients) socket.close(1001, 'Server shutting down');
      await server.dispose();
    },
  };
}

function format(deps: SubscriptionTransportDeps, error: GraphQLError): GraphQLFormattedError {
  return deps.formatError(error.toJSON(), error.originalError ?? error);
}
