import { GraphQLError, ValidationRule } from 'graphql';

/**
 * Subscriptions are served over graphql-ws (a WebSocket on /graphql) and
 * graphql-sse (/graphql/stream), not over POST /graphql, where graphql-js
 * would only find that out while executing, as an error without a code (an
 * INTERNAL_SERVER_ERROR to the client). Refused here instead, during
 * validation, as the 400 GRAPHQL_VALIDATION_FAILED it is, saying where to go.
 */
export const subscriptionsNotOverHttp: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') {
      context.reportError(
        new GraphQLError(
          'Subscriptions are served over a WebSocket on this same path (graphql-ws protocol) ' +
            'or as Server-Sent Events at /graphql/stream (graphql-sse), not over POST',
          { nodes: [node] },
        ),
      );
    }
  },
});
