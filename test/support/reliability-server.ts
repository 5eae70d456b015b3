import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { loadConfig, repoRoot } from '../../src/config';
import { RunningServer, startServer } from '../../src/server';
import { send } from './hardening-http';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface OwnServer {
  server: RunningServer;
  origin: string;
  home: string;
  /** Everything the server logged at info and above, parsed. */
  logs: LogLine[];
  /** Errors handed to the server's onFatal hook. */
  fatal: Error[];
  ready(): Promise<{ status: number; body: Record<string, unknown> | undefined; ms: number }>;
  /** Stops the server (and its Neo4j) and removes the store. */
  remove(): Promise<void>;
}

/** A store of the reliability tests' own, never the shared one of the global setup. */
export function reliabilityHome(name: string): string {
  return path.join(repoRoot, '.neo4j', `reliability-${name}-${process.pid}`);
}

/**
 * The real server with an embedded Neo4j of its own (these tests kill and
 * stall JVMs), seeded with the annotations under seed/ on its first start.
 */
export async function startOwnServer(name: string, env: Record<string, string> = {}): Promise<OwnServer> {
  const home = reliabilityHome(name);
  fs.rmSync(home, { recursive: true, force: true });
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: '',
    NEO4J_EMBEDDED_HOME: home,
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_ON_START: 'true',
    ...env,
  });
  const logs: LogLine[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
  const fatal: Error[] = [];
  const server = await startServer(config, logger, { onFatal: (error) => fatal.push(error) });
  const origin = `http://127.0.0.1:${server.port}`;
  return {
    server,
    origin,
    home,
    logs,
    fatal,
    async ready() {
      const response = await send(origin, { method: 'GET', path: '/ready' });
      return {
        status: response.status,
        body: response.json as Record<string, unknown> | undefined,
        ms: response.ms,
      };
    },
    async remove() {
      await server.close();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

export const GRAPH_COUNTS_QUERY = '{ graphStats { nodes { name count } edges { name count } } }';

export async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}
