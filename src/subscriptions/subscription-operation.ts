import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import { CostLimitExceededError } from '../errors/api-errors';
import { price } from '../http/query-cost';

/** The same limits as POST /graphql: graphql-armor's rules (depth, aliases, directives), tokens and cost. */
export interface OperationLimits {
  schema: GraphQLSchema;
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  maxCost: number;
}

export interface OperationRequest {
  query?: unknown;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export type PreparedOperation =
  | { document: DocumentNode; variables: Record<string, unknown>; operationName: string | null }
  | { errors: GraphQLError[] };

const refusal = (message: string, code: string) => new GraphQLError(message, { extensions: { code } });

/**
 * Parses, validates and prices a subscription sent over graphql-ws or
 * graphql-sse, as Apollo does a request to /graphql: a document over the
 * limits is refused before it subscribes to anything. Queries and mutations
 * go to POST /graphql, where the rate limit, deadline and prefetch apply.
 */
export function prepareSubscription(limits: OperationLimits, request: OperationRequest): PreparedOperation {
  if (typeof request.query !== 'string' || request.query.trim() === '') {
    return { errors: [refusal('Send the subscription as a GraphQL document in "query"', 'BAD_REQUEST')] };
  }
  let document: DocumentNode;
  try {
    document = parse(request.query, limits.parseOptions);
  } catch (error) {
    return { errors: [refusal((error as Error).message, 'GRAPHQL_PARSE_FAILED')] };
  }
  const invalid = validate(limits.schema, document, [...specifiedRules, ...limits.validationRules]);
  if (invalid.length > 0) {
    return { errors: invalid.map((error) => refusal(error.message, 'GRAPHQL_VALIDATION_FAILED')) };
  }
  const operation = getOperationAST(document, request.operationName ?? undefined);
  if (!operation) return { errors: [refusal('Name the operation to run (operationName)', 'BAD_REQUEST')] };
  if (operation.operation !== 'subscription') {
    return {
      errors: [
        refusal(`Only subscriptions are served here; send a ${operation.operation} to POST /graphql`, 'BAD_REQUEST'),
      ],
    };
  }
  const variables = request.variables ?? {};
  const cost = price(limits.schema, document, operation, variables);
  // Variables that do not fit their types are refused by execution as BAD_USER_INPUT.
  if (cost !== 'unpriceable' && (cost === null || cost > limits.maxCost)) {
    return { errors: [new CostLimitExceededError(cost, limits.maxCost)] };
  }
  return { document, variables, operationName: request.operationName ?? null };
}
