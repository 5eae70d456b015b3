import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { Kind, parse, print } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { repoRoot } from '../config';
import type { Executor } from '../db/executor';
import type { Logger } from '../logger';
import { createContext, type GraphqlContext } from './context';

export const EXAMPLES_FILE = path.join(repoRoot, 'schema', 'examples.graphql');

export interface WarmUpResult {
  operations: number;
  failed: string[];
  milliseconds: number;
}

export function exampleQueries(file = EXAMPLES_FILE): { name: string; source: string }[] {
  if (!fs.existsSync(file)) return [];
  return parse(fs.readFileSync(file, 'utf8'))
    .definitions.filter(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'query',
    )
    .map((operation) => ({ name: operation.name?.value ?? 'anonymous', source: print(operation) }));
}

// Cold planning can pass the request's Cypher timeout (that is the problem
// warmed away); the warm-up's own queries get room to finish, so their plans
// are cached.
const WARM_UP_CYPHER_TIMEOUT_MS = 60_000;

/**
 * Planning a query shape for the first time on a freshly started JVM takes
 * from a quarter of a second to several seconds (the planner's own code is
 * still interpreted), and Neo4j caches the plan per query text. Running the
 * documented example operations once, through the whole pipeline (Apollo,
 * the prefetch that composes one Cypher query per shape, the driver), plans
 * the shapes clients are known to send and warms the code every other shape
 * goes through, before /ready lets traffic in.
 *
 * Queries only: the example mutations would write to the graph.
 */
export async function warmUp(
  apollo: ApolloServer<GraphqlContext>,
  executor: Executor,
  logger: Logger,
  file = EXAMPLES_FILE,
): Promise<WarmUpResult> {
  const started = Date.now();
  const queries = exampleQueries(file);
  const warmExecutor = executor.withTimeout(WARM_UP_CYPHER_TIMEOUT_MS);
  const failed: string[] = [];
  // One after another: on a small machine running them at once only makes
  // each wait for the others.
  for (const query of queries) {
    const response = await apollo.executeOperation(
      { query: query.source },
      { contextValue: createContext(warmExecutor, null) },
    );
    const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
    if (errors?.length) failed.push(query.name);
  }
  const result = { operations: queries.length, failed, milliseconds: Date.now() - started };
  if (failed.length) logger.warn(result, 'warm-up: some example operations failed');
  else logger.info(result, 'warm-up done: every example query planned once');
  return result;
}
