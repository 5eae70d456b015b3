import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLSchema, Kind, OperationDefinitionNode } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { CostLimitExceededError } from '../errors/api-errors';
import { fieldCost } from './field-cost';

/**
 * More fields than this (after fragments are expanded) are not priced one
 * by one: a fragment bomb would take the pricing itself exponential time,
 * and no real query comes near it.
 */
const MAX_PRICED_FIELDS = 10_000;

/**
 * Prices every operation before it runs and refuses it with 400
 * COST_LIMIT_EXCEEDED (cost and limit in the extensions) when it would cost
 * more than `maxCost`. graphql-query-complexity walks the operation against
 * the schema with the request's variables and the schema's defaults
 * applied, so `first: $n` is priced by the number sent and a page with no
 * `first` by the default size; the price of each field is field-cost.ts.
 * It runs once the operation is resolved, when the variables are known:
 * a validation rule would see the document only.
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation || isIntrospection(operation)) return;
          const cost = price(schema as GraphQLSchema, document, operation, request.variables ?? {});
          if (cost === 'unpriceable') return;
          if (cost === null || cost > maxCost) throw new CostLimitExceededError(cost, maxCost);
        },
      };
    },
  };
}

/**
 * The operation's cost; null when it has too many fields to price;
 * 'unpriceable' when its variables do not fit their types, which execution
 * refuses as BAD_USER_INPUT before any resolver runs, so the refusal keeps
 * its right name.
 */
export function price(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number | null | 'unpriceable' {
  // Only the operation that runs, with the fragments it may spread.
  const query: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [operation, ...document.definitions.filter((node) => node.kind === Kind.FRAGMENT_DEFINITION)],
  };
  try {
    return getComplexity({ schema, query, variables, estimators: [fieldCost], maxQueryNodes: MAX_PRICED_FIELDS });
  } catch (error) {
    return error instanceof GraphQLError && error.message.includes('maximum allowed number of nodes')
      ? null
      : 'unpriceable';
  }
}

/** Introspection is exempt, as before: the Sandbox's query is large by nature and off in production. */
function isIntrospection(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'),
  );
}
