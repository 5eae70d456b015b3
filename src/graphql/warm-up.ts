import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { repoRoot } from '../config';
import type { Logger } from '../logger';

/**
 * The warm-up's requests carry this header with a secret made once per
 * process, so the rate limit lets them through: a server's own warm-up must
 * not spend the budget of the address it comes from (127.0.0.1 is often a
 * real client's address too, in tests and behind a local proxy).
 */
export const WARM_UP_HEADER = 'x-peacegraph-warm-up';
const warmUpSecret = randomBytes(16).toString('hex');

export function isWarmUpRequest(headers: Record<string, string | string[] | undefined>): boolean {
  return headers[WARM_UP_HEADER] === warmUpSecret;
}

export const EXAMPLES_FILE = path.join(repoRoot, 'schema', 'examples.graphql');

export interface WarmUpResult {
  operations: number;
  failed: string[];
  milliseconds: number;
}

/** The query operations of schema/examples.graphql (mutations left out: they would write). */
export function exampleQueries(file = EXAMPLES_FILE): { name: string; source: string }[] {
  if (!fs.existsSync(file)) return [];
  return parse(fs.readFileSync(file, 'utf8'))
    .definitions.filter(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'query',
    )
    .map((operation) => ({ name: operation.name?.value ?? 'anonymous', source: print(operation) }));
}

/**
 * Planning a query shape for the first time on a freshly started JVM takes
 * from a quarter of a second to several seconds (the planner's own code is
 * still interpreted), and Neo4j caches the plan per query text. Sending the
 * documented example operations once, over HTTP to this server itself (so
 * the whole path is warmed: Express, Apollo, the prefetch that composes one
 * Cypher query per shape, the driver), plans the shapes clients are known to
 * send and warms the code every other shape goes through, while /ready
 * still says `warming`.
 *
 * `headers`: what a request needs to be let in (an API key when reads
 * require one).
 */
export async function warmUp(
  graphqlUrl: string,
  logger: Logger,
  headers: Record<string, string> = {},
  file = EXAMPLES_FILE,
): Promise<WarmUpResult> {
  const started = Date.now();
  const queries = exampleQueries(file);
  const send = async (source: string): Promise<boolean> => {
    try {
      const response = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers, [WARM_UP_HEADER]: warmUpSecret },
        body: JSON.stringify({ query: source }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      return response.status === 200 && !body.errors?.length;
    } catch {
      return false;
    }
  };
  // One after another: on a small machine running them at once only makes
  // each wait for the others. A first run on a cold JVM can pass the Cypher
  // timeout; its plan is usually cached by then, so a second try succeeds.
  const failed: string[] = [];
  for (const query of queries) {
    if (!(await send(query.source)) && !(await send(query.source))) failed.push(query.name);
  }
  const result = { operations: queries.length, failed, milliseconds: Date.now() - started };
  if (failed.length) logger.warn(result, 'warm-up: some example operations failed');
  else logger.info(result, 'warm-up done: every example query planned once');
  return result;
}
