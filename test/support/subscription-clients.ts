import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { repoRoot } from '../../src/config';
import { postGraphql } from './test-server';
import { TEST_URI_VARIABLE } from './test-database';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- events are checked field by field
export type Event = Record<string, any>;

/** What a subscription has received so far, and a way to wait for more. */
export interface Received {
  events: Event[];
  errors: unknown[];
  /** Resolves once `done(events)` holds; rejects after `ms`. */
  until(done: (events: Event[]) => boolean, ms?: number): Promise<Event[]>;
  stop(): void;
}

function receiver(field: string): { received: Received; push(value: Event): void; fail(error: unknown): void } {
  const events: Event[] = [];
  const errors: unknown[] = [];
  let check: (() => void) | undefined;
  const received: Received = {
    events,
    errors,
    stop: () => undefined,
    until: (done, ms = 20_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          check = undefined;
          reject(new Error(`${field}: timed out with ${events.length} events, errors ${JSON.stringify(errors)}`));
        }, ms);
        check = () => {
          if (errors.length > 0) {
            clearTimeout(timer);
            reject(new Error(`${field}: ${JSON.stringify(errors)}`));
          } else if (done(events)) {
            clearTimeout(timer);
            check = undefined;
            resolve(events);
          }
        };
        check();
      }),
  };
  return {
    received,
    push: (value) => {
      events.push(value);
      check?.();
    },
    fail: (error) => {
      errors.push(error);
      check?.();
    },
  };
}

export function graphqlWsClient(port: number, key: string): Client {
  return createWsClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { 'x-api-key': key },
    retryAttempts: 0,
    lazy: true,
  });
}

/** Subscribes over graphql-ws; each event is `data[field]`. */
export function subscribeWs(
  client: Client,
  field: string,
  query: string,
  variables: Record<string, unknown>,
): Received {
  const { received, push, fail } = receiver(field);
  received.stop = client.subscribe(
    { query, variables },
    {
      next: (result) => (result.errors ? fail(result.errors) : push((result.data as Event)[field])),
      error: fail,
      complete: () => undefined,
    },
  );
  return received;
}

/** Subscribes over graphql-sse (distinct connections: one event stream per subscription). */
export function subscribeSse(
  origin: string,
  key: string,
  field: string,
  query: string,
  variables: Record<string, unknown>,
): Received {
  const client = createSseClient({ url: `${origin}/graphql/stream`, headers: { 'x-api-key': key }, retryAttempts: 0 });
  const { received, push, fail } = receiver(field);
  const unsubscribe = client.subscribe(
    { query, variables },
    {
      next: (result) => (result.errors ? fail(result.errors) : push((result.data as Event)[field])),
      error: fail,
      complete: () => undefined,
    },
  );
  received.stop = () => {
    unsubscribe();
    client.dispose();
  };
  return received;
}

/** The cursor after the feed's last record now (null when it is empty): subscribing after it replays nothing. */
export async function feedEnd(origin: string): Promise<string | null> {
  let after: string | null = null;
  for (;;) {
    const { body } = await postGraphql(
      origin,
      'query($after: String) { changes(after: $after, first: 100) { pageInfo { hasNextPage endCursor } } }',
      { after },
    );
    const info = body.data!.changes.pageInfo;
    if (info.endCursor) after = info.endCursor;
    if (!info.hasNextPage) return after;
  }
}

/** Every feed record after `after`, oldest first, as `changes` lists them. */
export async function feedAfter(origin: string, after: string | null): Promise<Event[]> {
  const records: Event[] = [];
  for (;;) {
    const { body } = await postGraphql(
      origin,
      `query($after: String) { changes(after: $after, first: 100) {
        pageInfo { hasNextPage endCursor } nodes { cursor kind entity id from to }
      } }`,
      { after },
    );
    records.push(...body.data!.changes.nodes);
    if (!body.data!.changes.pageInfo.hasNextPage) return records;
    after = body.data!.changes.pageInfo.endCursor;
  }
}

export interface ServerProcess {
  origin: string;
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Another API process on the test's Neo4j: `node dist/src/index.js` (the
 * build `npm test` makes before jest runs), so it shares nothing with this
 * process but the database.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist', 'src', 'index.js')], {
    env: {
      ...process.env,
      NEO4J_URI: process.env[TEST_URI_VARIABLE],
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      WARMUP: 'off',
      SEED_ON_START: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server process did not start:\n${output}`)), 90_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":"(http:[^"]+)"/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server process exited (${code}):\n${output}`)));
  });
  const port = Number(new URL(url).port);
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
