import { GraphQLError, ValidationRule } from 'graphql';

/**
 * The schema has no Subscription type, and graphql-js only finds that out
 * while executing, as an error without a code (an INTERNAL_SERVER_ERROR to
 * the client). Refused here instead, during validation, as the 400
 * GRAPHQL_VALIDATION_FAILED it is.
 */
export const noSubscriptions: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription' && !context.getSchema().getSubscriptionType()) {
      context.reportError(
        new GraphQLError('This API has no subscriptions; use a query or a mutation', { nodes: [node] }),
      );
    }
  },
});
