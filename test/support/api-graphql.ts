import 'reflect-metadata';
import { graphql } from 'graphql';
import type { ExecutionResult } from 'graphql';
import type { Executor } from '../../src/db/executor';
import { graphqlSchema } from '../../src/graphql/build-schema';
import { createContext } from '../../src/graphql/context';
import type { Viewer } from '../../src/http/viewer';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = Record<string, any>;

export interface Run {
  result: ExecutionResult<Data>;
  /** Named queries sent to Neo4j while resolving, in order. */
  roundTrips: string[];
}

/** Runs an operation through the real schema and context (no HTTP), against the run's Neo4j. */
export async function runGraphql(executor: Executor, source: string, variables: Record<string, unknown> = {}, viewer: Viewer | null = null): Promise<Run> {
  const context = createContext(executor, viewer);
  const result = (await graphql({ schema: await graphqlSchema(), source, variableValues: variables, contextValue: context })) as ExecutionResult<Data>;
  return { result, roundTrips: context.roundTrips };
}

/** The data of an operation that must succeed; fails with the errors otherwise. */
export async function queryData(executor: Executor, source: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const { result } = await runGraphql(executor, source, variables);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data!;
}

/** The first error's code of an operation that must fail. */
export async function errorCode(executor: Executor, source: string, variables: Record<string, unknown> = {}): Promise<string> {
  const { result } = await runGraphql(executor, source, variables);
  if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
  return String(result.errors[0].extensions?.code);
}
