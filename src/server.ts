// The model's decorated classes need the metadata polyfill before any of them
// loads; the start-up self-check below reaches them before the schema does.
import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import { Database, openDatabase } from './db/database';
import { migrate } from './db/migrate';
import { assertModelComplete } from './db/model-self-check';
import { Readiness } from './db/readiness';
import { graphqlSchema } from './graphql/build-schema';
import { warmUp } from './graphql/warm-up';
import { createApp } from './http/app';
import type { Logger } from './logger';
import { setMaxPageSize } from './model/page-size';
import type { Corpus } from './seed/corpus';
import { isGraphEmpty } from './seed/graph-counts';
import { loadCorpus } from './seed/load-corpus';
import { seedCorpus } from './seed/seeder';
import { recordSeededCorpus } from './repositories/annotation-store';

export interface RunningServer {
  url: string;
  port: number;
  database: Database;
  readiness: Readiness;
  close(): Promise<void>;
}

/**
 * Neo4j up (embedded unless NEO4J_URI is set), schema applied, the graph
 * seeded if empty, GraphQL listening. The model's relationship types are
 * checked against the queries first (db/model-self-check.ts), then the
 * annotations validated, so either stops the start with its list of problems.
 */
export interface ServerHooks {
  /**
   * The embedded Neo4j could not be restarted: `npm start` exits non-zero so
   * that its own process supervisor takes over. By default only logged.
   */
  onFatal?: (error: Error) => void;
}

export async function startServer(config: Config, logger: Logger, hooks: ServerHooks = {}): Promise<RunningServer> {
  // A relationship type some query builder does not handle stops the start, named, before Neo4j is touched.
  assertModelComplete();
  setMaxPageSize(config.limits.maxPageSize);
  const corpus = config.seed.onStart ? await loadCorpus(config.seed.dir) : undefined;
  // The warm-up sends the examples to this server over HTTP, which exists
  // only once it listens, below; readiness.start() runs after that.
  const late: { url?: string } = {};
  const warm = config.warmup
    ? async () => {
        if (late.url) await warmUp(late.url, logger, warmUpHeaders(config));
      }
    : undefined;
  // Request queries run under CYPHER_TIMEOUT_MS; the database aborts them.
  const database: Database = await openDatabase(config.neo4j, logger, {
    timeoutMs: config.limits.cypherTimeoutMs,
    supervise: {
      maxAttempts: config.supervision.restartAttempts,
      backoffMs: config.supervision.restartBackoffMs,
      onGiveUp: (error) => hooks.onFatal?.(error),
      onRestarted: async () => {
        void readiness.databaseRestarted();
      },
    },
  });
  const supervisor = database.supervisor;
  const readiness = new Readiness(
    database.executor,
    () => prepareDatabase(database, corpus, config.seed.dir, logger),
    logger,
    {
      pingTimeoutMs: config.readiness.timeoutMs,
      warmUp: warm,
      supervision: supervisor ? () => supervisor.status() : undefined,
    },
  );

  // Node's own backstops behind the per-request deadline in app.ts, which
  // starts only once the headers are in: a client that trickles its headers
  // (slowloris) is cut off here, checked every second.
  const httpServer = http.createServer({
    headersTimeout: config.limits.requestTimeoutMs,
    requestTimeout: config.limits.requestTimeoutMs + 1_000,
    connectionsCheckingInterval: 1_000,
  });
  const { express, apollo } = await createApp({
    config,
    logger,
    executor: database.executor,
    readiness,
    schema: await graphqlSchema(),
    httpServer,
  });
  httpServer.on('request', express);
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`;
  late.url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}/graphql`;
  // Prepared and warmed before this returns, so the first request a caller
  // sends is served by a warm JVM (a load balancer waits for /ready, which
  // says `warming` meanwhile); a database that is down is retried in the
  // background and warmed once it is up.
  await readiness.start();
  logger.info(
    {
      url,
      limits: config.limits,
      corsOrigins: config.http.corsOrigins,
      readsRequireAuth: config.auth.readsRequireAuth,
    },
    'GraphQL server listening',
  );

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    database,
    readiness,
    // Stop taking requests, let in-flight ones finish (Apollo's drain
    // plugin), then close the driver and stop the embedded Neo4j.
    close: () =>
      (closing ??= (async () => {
        readiness.stop();
        await apollo.stop();
        await database.close();
        logger.info('server stopped');
      })()),
  };
}

/** An API key for the warm-up's requests when reads require one (any role may read). */
function warmUpHeaders(config: Config): Record<string, string> {
  const key = config.auth.apiKeys[0];
  return config.auth.readsRequireAuth && key ? { 'x-api-key': key.key } : {};
}

async function prepareDatabase(
  database: Database,
  corpus: Corpus | undefined,
  seedDir: string,
  logger: Logger,
): Promise<void> {
  // Maintenance work, not a request: on a freshly started (cold) JVM its
  // first queries can take longer than CYPHER_TIMEOUT_MS just to be planned.
  const maintenance = database.executor.withTimeout(0);
  await migrate(maintenance, logger);
  if (!corpus || !(await isGraphEmpty(maintenance))) return;
  // Seeding is one all-or-nothing transaction that may outlast the request
  // timeout on a big corpus; it runs without one.
  const result = await seedCorpus(maintenance, corpus);
  await recordSeededCorpus(maintenance, seedDir);
  logger.info(
    { nodes: result.nodesWritten, edges: result.edgesWritten, ms: result.milliseconds },
    'seeded the empty graph',
  );
}
