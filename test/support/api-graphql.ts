import 'reflect-metadata';
import { getOperationAST, graphql, parse, validate } from 'graphql';
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import type { Executor } from '../../src/db/executor';
import { graphqlSchema } from '../../src/graphql/build-schema';
import { createContext } from '../../src/graphql/context';
import type { GraphqlContext } from '../../src/graphql/context';
import type { Viewer } from '../../src/http/viewer';
import { createLogger } from '../../src/logger';
import { prefetchOperation } from '../../src/prefetch/prefetch';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = Record<string, any>;

export interface Run {
  result: ExecutionResult<Data>;
  /** Named queries sent to Neo4j while resolving, in order. */
  roundTrips: string[];
}

export interface RunOptions {
  /** Plan and prefetch before executing, as the server does (default); false: every field loads itself. */
  prefetch?: boolean;
}

/**
 * Runs an operation through the real schema and context (no HTTP), against
 * the run's Neo4j, with the server's prefetch step unless told otherwise.
 */
export async function runGraphql(
  executor: Executor,
  source: string,
  variables: Record<string, unknown> = {},
  viewer: Viewer | null = null,
  options: RunOptions = {},
): Promise<Run> {
  const schema = await graphqlSchema();
  const context = createContext(executor, viewer);
  if (options.prefetch !== false) await prefetchIfValid(context, schema, source, variables);
  const result = (await graphql({
    schema,
    source,
    variableValues: variables,
    contextValue: context,
  })) as ExecutionResult<Data>;
  return { result, roundTrips: context.roundTrips };
}

const silentLogger = createLogger('silent');

/** The server prefetches only operations that parsed and validated; graphql() then reports the others. */
async function prefetchIfValid(
  context: GraphqlContext,
  schema: GraphQLSchema,
  source: string,
  variables: Record<string, unknown>,
): Promise<void> {
  let document: DocumentNode;
  try {
    document = parse(source);
  } catch {
    return;
  }
  const operation = getOperationAST(document);
  if (operation && validate(schema, document).length === 0) {
    await prefetchOperation(context, schema, document, operation, variables, silentLogger);
  }
}

/** The data of an operation that must succeed; fails with the errors otherwise. */
export async function queryData(
  executor: Executor,
  source: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const { result } = await runGraphql(executor, source, variables);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data!;
}

/** The first error's code of an operation that must fail. */
export async function errorCode(
  executor: Executor,
  source: string,
  variables: Record<string, unknown> = {},
): Promise<string> {
  const { result } = await runGraphql(executor, source, variables);
  if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
  return String(result.errors[0].extensions?.code);
}
