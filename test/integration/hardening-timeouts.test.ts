import 'reflect-metadata';
import { GraphQLInt, GraphQLObjectType, GraphQLSchema } from 'graphql';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { DatabaseLoad } from '../../src/db/database-load';
import { mapDriverError } from '../../src/db/driver-errors';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { Executor } from '../../src/db/executor';
import { Readiness } from '../../src/db/readiness';
import { ServerBusyError, ServiceUnavailableError } from '../../src/errors/api-errors';
import { RequestTimeoutError } from '../../src/errors/request-timeout-error';
import type { GraphqlContext } from '../../src/graphql/context';
import { createApp } from '../../src/http/app';
import { createLogger } from '../../src/logger';
import { firstCode, postQuery } from '../support/hardening-http';
import { HardeningReport } from '../support/hardening-report';
import { connectTestDatabase, TestDatabase } from '../support/test-database';

// Nothing waits forever: a Cypher query past CYPHER_TIMEOUT_MS is aborted by
// Neo4j itself, a request past REQUEST_TIMEOUT_MS is answered 503, a client
// that trickles its body is cut off, and a driver with no connection to
// give fails fast. The real app (createApp) over the real Neo4j, with a tiny
// schema whose resolvers are slow on purpose.
const report = new HardeningReport('Timeouts', 'ended in time');

// Parameterised like all Cypher here; 10^10 rows, so only a timeout ends it.
const slowCypher = 'UNWIND range(1, $n) AS a UNWIND range(1, $n) AS b RETURN count(*) AS rows';

describe('timeouts', () => {
  let database: TestDatabase;
  let httpServer: http.Server;
  let origin: string;
  let closeApp: () => Promise<void>;

  beforeAll(async () => {
    database = connectTestDatabase();
    const config = loadConfig({ NODE_ENV: 'production', REQUEST_TIMEOUT_MS: '2500', CYPHER_TIMEOUT_MS: '300' });
    const logger = createLogger('silent');
    const executor = database.executor.withTimeout(config.limits.cypherTimeoutMs);
    const readiness = new Readiness(executor, async () => undefined, logger);
    await readiness.start();
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType<unknown, GraphqlContext>({
        name: 'Query',
        fields: {
          slowCypher: {
            type: GraphQLInt,
            resolve: async (_source, _args, context) => {
              const [row] = await context.executor.readTransaction((tx) =>
                tx.run(slowCypher, { n: 100_000 }).then((result) => result.records),
              );
              return row.get('rows') as number;
            },
          },
          slowResolver: {
            type: GraphQLInt,
            resolve: () => new Promise((resolve) => setTimeout(() => resolve(1), 5_000)),
          },
          fast: { type: GraphQLInt, resolve: () => 1 },
        },
      }),
    });
    httpServer = http.createServer();
    const app = await createApp({ config, logger, executor, readiness, schema, httpServer });
    httpServer.on('request', app.express);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    closeApp = () => app.apollo.stop();
  });

  afterAll(async () => {
    report.print();
    await closeApp?.();
    await database?.close();
  });

  it('aborts Cypher past CYPHER_TIMEOUT_MS inside Neo4j and says REQUEST_TIMEOUT', async () => {
    const started = Date.now();
    const error = await database.executor
      .withTimeout(300)
      .readTransaction((tx) => tx.run(slowCypher, { n: 100_000 }))
      .catch((caught: unknown) => caught);
    const ok = error instanceof RequestTimeoutError && Date.now() - started < 5_000;
    report.record('Cypher transaction timeout (executor)', ok);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('answers a GraphQL request whose Cypher times out with 503 REQUEST_TIMEOUT', async () => {
    const response = await postQuery(origin, '{ slowCypher }');
    // The database's own timeout, not the request deadline (2.5 s), ended it.
    const message = response.json?.errors?.[0]?.message ?? '';
    const ok = response.status === 503 && firstCode(response) === 'REQUEST_TIMEOUT' && /database query/.test(message);
    report.record('Cypher timeout through GraphQL', ok);
    expect({ status: response.status, code: firstCode(response), message }).toEqual({
      status: 503,
      code: 'REQUEST_TIMEOUT',
      message: expect.stringMatching(/database query took longer/),
    });
  });

  it('answers a request past REQUEST_TIMEOUT_MS with 503 and keeps serving', async () => {
    const response = await postQuery(origin, '{ slowResolver }');
    const ok = response.status === 503 && firstCode(response) === 'REQUEST_TIMEOUT' && response.ms < 4_000;
    report.record('request deadline (slow resolver)', ok);
    expect(response.json?.errors?.[0]?.message).toMatch(/longer than 2500 ms/);
    expect({ status: response.status, code: firstCode(response) }).toEqual({ status: 503, code: 'REQUEST_TIMEOUT' });
    // The resolver finishes later; its late answer must not break anything.
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    expect((await postQuery(origin, '{ fast }')).json?.data).toEqual({ fast: 1 });
  });

  it('cuts off a client that trickles its body', async () => {
    const port = (httpServer.address() as AddressInfo).port;
    const started = Date.now();
    const answer = await new Promise<string>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write(
          'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":',
        );
      });
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('close', () => resolve(received));
      socket.on('error', () => resolve(received));
    });
    const ok = /^HTTP\/1\.1 503/.test(answer) && answer.includes('REQUEST_TIMEOUT') && Date.now() - started < 5_000;
    report.record('slow body (slowloris)', ok);
    expect(answer).toMatch(/^HTTP\/1\.1 503/);
    expect(answer).toContain('REQUEST_TIMEOUT');
  });

  it('fails fast with SERVER_BUSY when the pool has no connection to give', async () => {
    // One connection, held by an open transaction: the next caller must give
    // up after the acquisition timeout instead of queueing forever, and hear
    // "busy, retry" rather than "down": the database itself is fine.
    const driver = neo4j.driver(database.uri, undefined, {
      maxConnectionPoolSize: 1,
      connectionAcquisitionTimeout: 500,
      disableLosslessIntegers: true,
    });
    const holder = driver.session();
    const held = await holder.beginTransaction();
    await held.run('RETURN 1');
    try {
      const started = Date.now();
      const error = await new Executor(driver, database.executor.database)
        .read('graph-counts')
        .catch((caught: unknown) => caught);
      const ok = error instanceof ServerBusyError && Date.now() - started < 5_000;
      report.record('connection pool exhausted', ok);
      expect(error).toBeInstanceOf(ServerBusyError);
    } finally {
      await held.rollback();
      await holder.close();
      await driver.close();
    }
  });

  it('fails fast with SERVICE_UNAVAILABLE when nothing listens at the URI', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const driver = createDriver(`bolt://127.0.0.1:${port}`, { user: 'neo4j', password: '' }, true);
    try {
      const started = Date.now();
      const error = await new Executor(driver, 'neo4j').read('graph-counts').catch((caught: unknown) => caught);
      const elapsed = Date.now() - started;
      report.record('connection refused', error instanceof ServiceUnavailableError && elapsed < 5_000);
      expect(error).toBeInstanceOf(ServiceUnavailableError);
      expect(elapsed).toBeLessThan(5_000);
      report.note(`connection refused answered in ${elapsed} ms`);
    } finally {
      await driver.close();
    }
  });
});

describe('driver error mapping', () => {
  const neo4jError = (code: string, message = 'x', cause?: Error) =>
    new Neo4jError(message, code, '50N42', 'general', undefined, cause);

  it.each([
    ['ServiceUnavailable', ServiceUnavailableError],
    ['SessionExpired', ServiceUnavailableError],
    ['Neo.TransientError.Transaction.Terminated', ServiceUnavailableError],
    ['Neo.TransientError.General.DatabaseUnavailable', ServiceUnavailableError],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', RequestTimeoutError],
    ['Neo.ClientError.Transaction.TransactionTimedOut', RequestTimeoutError],
  ])('maps %s', (code, expected) => {
    expect(mapDriverError(neo4jError(code))).toBeInstanceOf(expected);
  });

  it('maps a pool acquisition timeout to SERVER_BUSY and socket errors found in the cause chain', () => {
    // An exhausted pool is load, not an outage: the database answers, just not fast enough for this many requests.
    expect(
      mapDriverError(neo4jError('N/A', 'Connection acquisition timed out in 3000 ms. Pool status: ...')),
    ).toBeInstanceOf(ServerBusyError);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7687'), { code: 'ECONNREFUSED' });
    expect(mapDriverError(new Error('wrapper', { cause: refused }))).toBeInstanceOf(ServiceUnavailableError);
  });

  it('tells a slow handshake under load (busy) from one with nothing answering (down)', () => {
    const connectTimeout = () => neo4jError('ServiceUnavailable', 'Failed to establish connection in 2000ms');
    let now = 0;
    const load = new DatabaseLoad(3_000, 50, () => now);
    now = 1_000; // the database answered a second ago
    expect(mapDriverError(connectTimeout(), { load })).toBeInstanceOf(ServerBusyError);
    now = 40_000; // and then nothing for 39 s
    expect(mapDriverError(connectTimeout(), { load })).toBeInstanceOf(ServiceUnavailableError);
    expect(mapDriverError(connectTimeout())).toBeInstanceOf(ServiceUnavailableError);
  });

  it('tells a transaction timeout that fired on time (ask for less) from one that arrived late (a stall)', () => {
    const timedOut = () => neo4jError('Neo.ClientError.Transaction.TransactionTimedOut');
    expect(mapDriverError(timedOut(), { elapsedMs: 5_100, timeoutMs: 5_000 })).toBeInstanceOf(RequestTimeoutError);
    expect(mapDriverError(timedOut(), { elapsedMs: 20_000, timeoutMs: 5_000 })).toBeInstanceOf(ServerBusyError);
  });

  it('passes everything else through for the formatter to hide', () => {
    const syntax = neo4jError('Neo.ClientError.Statement.SyntaxError');
    expect(mapDriverError(syntax)).toBe(syntax);
    const bug = new TypeError('undefined is not a function');
    expect(mapDriverError(bug)).toBe(bug);
  });
});
