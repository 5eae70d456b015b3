// The three things the load is pointed at, in ONE Node process (so the
// GraphQL layer is the only difference between ours and the limit, and the
// library the only difference between ours and the peer):
//   ours   the real server (startServer: Express 5, Apollo Server 5, the
//          production configuration, the hardening middleware, type-graphql
//          resolvers, DataLoaders, the named queries);
//   peer   @neo4j/graphql's schema on Apollo Server 5 + Express 5;
//   limit  an Express route that runs the operation's hand-written Cypher
//          through neo4j-driver and answers the same JSON.
// Each has its own driver with the same settings (src/db/driver.ts). Every
// driver is wrapped to count transactions and queries, which /bench/round-trips
// reports per target.
//
//   node dist/bench/targets.js <bolt-uri> [--proposed]
// prints "BENCH_TARGETS {json}" when listening. With --proposed the process
// serves ours with the changes tried in cypher-proposals.ts instead (the
// query shapes and auto-commit reads: the `proposed` target; peer and limit
// are still there but unused).
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config';
import { createDriver } from '../src/db/driver';
import { createLogger } from '../src/logger';
import { startServer } from '../src/server';
import { useAutoCommitReads, useCypherProposals } from './cypher-proposals';
import { limitData, OPERATIONS } from './operations';
import { peerSchema } from './peer-neo4j-graphql';

export interface TargetUrls {
  ours: string;
  peer: string;
  /** Base URL; POST <limit>/<operation> with { variables }. */
  limit: string;
  /** GET: round trips per target since the last POST. */
  roundTrips: string;
  pid: number;
  /** The named queries this process serves in their proposed shape (--proposed). */
  proposals: string[];
}

export interface RoundTripCounts {
  transactions: number;
  queries: number;
}

/** While tracing is on (POST /bench/trace/on): every query run since the last reset, with its parameters and time to the last record. */
export interface TracedQuery {
  cypher: string;
  params: unknown;
  ms: number;
}
let tracing = process.env.BENCH_TRACE === '1';
const traced: Record<string, TracedQuery[]> = {};

/** Counts every transaction and query a driver runs, whoever runs them. */
function countRoundTrips(driver: Driver, name: string): RoundTripCounts {
  const counts: RoundTripCounts = { transactions: 0, queries: 0 };
  const trace = (traced[name] = [] as TracedQuery[]);
  const countTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (property !== 'run' || typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          counts.queries++;
          const result = value.apply(target, args);
          if (tracing) {
            const started = process.hrtime.bigint();
            const entry = { cypher: String(args[0]), params: args[1], ms: NaN };
            trace.push(entry);
            result.then(
              () => (entry.ms = Number(process.hrtime.bigint() - started) / 1e6),
              () => undefined,
            );
          }
          return result;
        };
      },
    });
  const session = driver.session.bind(driver);
  driver.session = ((config?: Parameters<Driver['session']>[0]) => {
    const opened: Session = session(config);
    return new Proxy(opened, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        if (property === 'executeRead' || property === 'executeWrite') {
          return (work: (tx: ManagedTransaction) => unknown, txConfig?: unknown) => {
            counts.transactions++;
            return value.call(target, (tx: ManagedTransaction) => work(countTx(tx)), txConfig);
          };
        }
        if (property === 'run') {
          return (...args: unknown[]) => {
            counts.transactions++;
            counts.queries++;
            return value.apply(target, args);
          };
        }
        return value.bind(target);
      },
    });
  }) as Driver['session'];
  return counts;
}

async function listen(app: express.Express): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

export async function startTargets(
  uri: string,
  options: { proposed?: boolean } = {},
): Promise<{ urls: TargetUrls; close(): Promise<void> }> {
  // Before the first request: named queries are read (and cached) on first use.
  const proposals = options.proposed ? useCypherProposals() : [];
  if (options.proposed) useAutoCommitReads();
  const logger = createLogger(process.env.BENCH_LOG_LEVEL ?? 'error', 'bench-targets');

  // Ours: the server exactly as `npm start` runs it in production, on a free port.
  // MAX_COST: the nested walk (10 actors x 10 statements x their demands x
  // owner) is priced over the default; a deployment that serves such walks
  // raises it the same way. RATE_LIMIT_MAX=0: the load comes from one
  // address, and what is measured is the server, not its rate limiter.
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    NEO4J_URI: uri,
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_ON_START: 'false',
    MAX_COST: process.env.MAX_COST ?? '1000000',
    RATE_LIMIT_MAX: process.env.RATE_LIMIT_MAX ?? '0',
  });
  const ours = await startServer(config, logger);
  const counts = { ours: countRoundTrips(ours.database.driver, 'ours') } as Record<
    'ours' | 'peer' | 'limit',
    RoundTripCounts
  >;

  // The peer: @neo4j/graphql on the same database.
  const peerDriver = createDriver(uri, config.neo4j, false);
  counts.peer = countRoundTrips(peerDriver, 'peer');
  const peerApollo = new ApolloServer({
    schema: await peerSchema(peerDriver),
    introspection: false,
    includeStacktraceInErrorResponses: false,
  });
  await peerApollo.start();
  const peerApp = express();
  peerApp.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(peerApollo, { context: async () => ({ sessionConfig: { database: config.neo4j.database } }) }),
  );
  const peer = await listen(peerApp);

  // The limit: the same reads as one hand-written Cypher query each.
  const limitDriver = createDriver(uri, config.neo4j, false);
  counts.limit = countRoundTrips(limitDriver, 'limit');
  const limitApp = express();
  limitApp.use(express.json({ limit: '100kb' }));
  for (const operation of OPERATIONS) {
    limitApp.post(`/limit/${operation.name}`, async (request, response) => {
      const { size, ...input } = (request.body?.variables ?? {}) as Record<string, unknown>;
      const { cypher, params } = operation.limit(input, Number(size));
      const session = limitDriver.session({ database: config.neo4j.database, defaultAccessMode: 'READ' });
      try {
        const rows = await session.executeRead((tx) => tx.run(cypher, params), {
          timeout: config.limits.cypherTimeoutMs,
        });
        response.json({ data: limitData(operation.name, rows.records[0]?.toObject() ?? {}) });
      } catch (error) {
        response.status(500).json({ errors: [{ message: (error as Error).message }] });
      } finally {
        await session.close();
      }
    });
  }
  limitApp.get('/bench/round-trips', (_request, response) => {
    response.json(counts);
  });
  limitApp.get('/bench/trace', (_request, response) => {
    response.json(traced);
  });
  limitApp.post('/bench/trace/:state', (request, response) => {
    tracing = request.params.state === 'on';
    response.json({ tracing });
  });
  limitApp.post('/bench/round-trips', (_request, response) => {
    for (const count of Object.values(counts)) {
      count.transactions = 0;
      count.queries = 0;
    }
    for (const list of Object.values(traced)) list.length = 0;
    response.json(counts);
  });
  const limit = await listen(limitApp);

  return {
    urls: {
      ours: ours.url,
      peer: `http://127.0.0.1:${peer.port}/graphql`,
      limit: `http://127.0.0.1:${limit.port}/limit`,
      roundTrips: `http://127.0.0.1:${limit.port}/bench/round-trips`,
      pid: process.pid,
      proposals,
    },
    async close() {
      peer.server.close();
      limit.server.close();
      await peerApollo.stop();
      await Promise.all([peerDriver.close(), limitDriver.close()]);
      await ours.close();
    },
  };
}

if (require.main === module) {
  const [uri, flag] = process.argv.slice(2);
  if (!uri) {
    console.error('usage: node dist/bench/targets.js <bolt-uri> [--proposed]');
    process.exit(2);
  }
  startTargets(uri, { proposed: flag === '--proposed' }).then(
    ({ urls, close }) => {
      process.stdout.write(`BENCH_TARGETS ${JSON.stringify(urls)}\n`);
      // The parent closes our stdin when it is done (or dies).
      process.stdin.resume();
      process.stdin.on('end', () => {
        close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      });
    },
    (error: Error) => {
      console.error(error.stack ?? error.message);
      process.exit(1);
    },
  );
}
