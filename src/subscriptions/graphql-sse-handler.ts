import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import type { Response } from 'graphql-sse';
import { createHandler } from 'graphql-sse/lib/use/express';
import { subscriber } from './subscriber';
import { subscriptionContext } from './subscription-context';
import { prepareSubscription } from './subscription-operation';
import type { SubscriptionTransportDeps } from './graphql-ws-server';

/**
 * graphql-sse (Server-Sent Events; its "distinct connections" mode: one
 * POST or GET per subscription, answered with text/event-stream), for
 * clients that cannot open a WebSocket. The same schema, key headers,
 * limits and error codes as POST /graphql; a refusal is a JSON answer with
 * the status its code stands for.
 */
export function graphqlSseHandler(deps: SubscriptionTransportDeps): RequestHandler {
  // The context is graphql-sse's to pass on, not to read: its type asks for an index signature ours has no need of.
  const handler = createHandler<Record<PropertyKey, unknown>>({
    schema: deps.limits.schema,
    onSubscribe: (req, params) => {
      let viewer;
      try {
        viewer = subscriber(req.raw.headers, deps.config, deps.readiness);
      } catch (error) {
        return refusal([error as GraphQLError], deps);
      }
      const prepared = prepareSubscription(deps.limits, params);
      if ('errors' in prepared) return refusal(prepared.errors, deps);
      return {
        schema: deps.limits.schema,
        document: prepared.document,
        variableValues: prepared.variables,
        operationName: prepared.operationName ?? undefined,
        contextValue: subscriptionContext(deps.executor, viewer, deps.live) as unknown as Record<PropertyKey, unknown>,
      };
    },
    // graphql-sse serialises GraphQLErrors itself: the formatted ones are made errors again.
    onNext: (_ctx, _req, result) =>
      result.errors
        ? {
            ...result,
            errors: result.errors.map((error) => {
              const formatted = deps.formatError(error.toJSON(), error.originalError ?? error);
              return new GraphQLError(formatted.message, { path: formatted.path, extensions: formatted.extensions });
            }),
          }
        : undefined,
  });
  return (request, response, next) => {
    handler(request, response).catch(next);
  };
}

/** A refused subscription: its errors as JSON, with the HTTP status of the first one's code (400 by default). */
function refusal(errors: readonly GraphQLError[], deps: SubscriptionTransportDeps): Response {
  const http = errors[0]?.extensions?.http as { status?: number } | undefined;
  const status = http?.status ?? 400;
  const body = JSON.stringify({ errors: errors.map((error) => deps.formatError(error.toJSON(), error)) });
  return [
    body,
    {
      status,
      statusText: status === 400 ? 'Bad Request' : 'Refused',
      headers: { 'content-type': 'application/json; charset=utf-8' },
    },
  ];
}
