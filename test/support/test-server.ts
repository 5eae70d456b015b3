import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { RunningServer, startServer } from '../../src/server';
import { TEST_URI_VARIABLE } from './test-database';

/**
 * The real server (Express + Apollo) on a free port, talking to the run's
 * Neo4j. `env` overrides configuration, e.g. NODE_ENV or API_KEYS.
 *
 * Without the warm-up unless `env` asks for it (WARMUP: 'on'): global setup
 * has already planned the example queries on each store (the warm-up's
 * purpose), and some thirty servers a run each sending all of them again
 * through Express, Apollo and the prefetch cost CPU the other worker needs.
 */
export async function startTestServer(env: Record<string, string> = {}): Promise<RunningServer & { origin: string }> {
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: process.env[TEST_URI_VARIABLE],
    PORT: '0',
    HOST: '127.0.0.1',
    WARMUP: 'off',
    ...env,
  });
  const server = await startServer(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'));
  return { ...server, origin: `http://127.0.0.1:${server.port}` };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read responses freely; assertions check their shape
type Loose = any;
export type GraphqlBody = {
  data?: Record<string, Loose>;
  errors?: { message: string; extensions?: Record<string, Loose> }[];
};

export async function postGraphql(
  origin: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphqlBody }> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphqlBody };
}
