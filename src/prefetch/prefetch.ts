// Runs a request's plan as one query before its resolvers start, and hands
// each result to the loader or runner that its resolver will ask: the
// resolvers stay as they are and find their data waiting. Anything the plan
// did not cover, or a prefetch that failed, loads the usual way, so the
// prefetch can only save round trips, never change an answer.
import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, Kind } from 'graphql';
import type { DocumentNode, FragmentDefinitionNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { InvalidBookmarkError, ServerBusyError, ServiceUnavailableError } from '../errors/api-errors';
import { RequestTimeoutError } from '../errors/request-timeout-error';
import type { GraphqlContext } from '../graphql/context';
import type { Logger } from '../logger';
import { nodeFromRow, primeNode, primeRow } from '../repositories/loaders';
import type { Row } from '../db/executor';
import { composeQuery } from './compose-cypher';
import type { ComposedQuery } from './compose-cypher';
import { stableKey } from '../repositories/stable-key';
import { planOperation } from './plan';
import type { PlanStep } from './plan';
import { PROJECTED_NODES, projectionOf } from './projection';
import { isProjected } from './projected-queries';

export function prefetchPlugin(logger: Logger): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart(request) {
          if (!request.operation) return;
          await prefetchOperation(
            request.contextValue,
            request.schema,
            request.document,
            request.operation,
            request.request.variables ?? {},
            logger,
          );
        },
      };
    },
  };
}

/** Plans a validated operation and prefetches what it will read; mutations and subscriptions are left alone. */
export async function prefetchOperation(
  context: GraphqlContext,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
  logger: Logger,
): Promise<void> {
  if (operation.operation !== 'query') return;
  const composed = plans.get(operation, rawVariables, () => {
    const variables = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
    // Bad variables: execution reports them; nothing to prefetch.
    if (variables.errors) return null;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    const scope = { schema, fragments, variables: variables.coerced };
    const roots = planOperation(operation, scope);
    return roots.length ? composeQuery(roots, projectionOf(operation, scope)) : null;
  });
  if (composed) await runComposed(context, composed, logger);
}

/**
 * Composed queries by operation and variables. Apollo keeps a parsed
 * document per query text, so a repeated request brings the same operation
 * node, and its plan is built once; a plan holds no request state.
 */
class PlanCache {
  private readonly byOperation = new WeakMap<OperationDefinitionNode, Map<string, ComposedQuery | null>>();
  constructor(private readonly perOperation: number) {}

  get(
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
    build: () => ComposedQuery | null,
  ): ComposedQuery | null {
    let plans = this.byOperation.get(operation);
    if (!plans) {
      plans = new Map();
      this.byOperation.set(operation, plans);
    }
    const key = stableKey(variables);
    if (plans.has(key)) return plans.get(key)!;
    const built = build();
    // Oldest first out: a Map iterates in insertion order.
    if (plans.size >= this.perOperation) plans.delete(plans.keys().next().value!);
    plans.set(key, built);
    return built;
  }
}

const plans = new PlanCache(256);

/** Runs a composed plan (one round trip) and primes the request's loaders and runner with its results. */
async function runComposed(context: GraphqlContext, composed: ComposedQuery, logger: Logger): Promise<void> {
  let row: Row | undefined;
  try {
    [row] = await context.executor.readComposed('prefetch', composed.cypher, composed.params, context.observe);
  } catch (error) {
    if (
      error instanceof ServiceUnavailableError ||
      error instanceof ServerBusyError ||
      error instanceof RequestTimeoutError ||
      error instanceof InvalidBookmarkError
    ) {
      // Asking again field by field would only make the client wait twice for the same answer.
      context.data.runner.failWith(error);
    } else {
      // Anything else is unexpected here: the fields load one by one and report their own errors.
      logger.warn({ err: error }, 'prefetch failed; the fields load one by one');
    }
    return;
  }
  if (!row) return;
  composed.steps.forEach((step, i) => {
    const rows = row[`rows${i}`] as Row[];
    const projected = composed.projection && isProjected(step.query) ? PROJECTED_NODES[step.query] : null;
    if (projected) for (const stepRow of rows) projected(stepRow, composed.projection!, step.params);
    prime(context, step, rows, row[`ids${i}`] as string[] | undefined);
  });
}

function prime(context: GraphqlContext, step: PlanStep, rows: Row[], ids: string[] | undefined): void {
  const { runner, loaders } = context.data;
  switch (step.kind) {
    case 'root':
      runner.provide({ name: step.query, params: step.params }, rows);
      break;
    case 'byId':
      primeNodes(loaders, step.params.ids as string[], rows);
      break;
    case 'nodeOf':
      primeNodes(loaders, ids ?? [], rows);
      break;
    case 'perParent': {
      if (!ids) {
        // Handed its parents' nodes (compose-cypher.ts startsFromNodes): one row for each parent.
        for (const row of rows)
          primeRow(loaders, { query: step.query, parentId: String(row.parentId), params: step.params }, row);
        break;
      }
      const byParent = new Map(rows.map((row) => [String(row.parentId), row]));
      for (const parentId of ids) {
        primeRow(loaders, { query: step.query, parentId, params: step.params }, byParent.get(parentId) ?? null);
      }
      break;
    }
  }
}

/** nodes-by-id rows into the node loader; an id with no row is primed as null, as the loader would answer. */
function primeNodes(loaders: GraphqlContext['data']['loaders'], ids: string[], rows: Row[]): void {
  const byId = new Map(rows.map((row) => [String(row.id), row]));
  for (const id of ids) {
    const found = byId.get(id);
    primeNode(loaders, id, found ? nodeFromRow(found) : null);
  }
}
