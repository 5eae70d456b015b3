import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config';
import type { Executor } from '../../src/db/executor';
import type { Readiness } from '../../src/db/readiness';
import { graphqlSchema } from '../../src/graphql/build-schema';
import { createApp } from '../../src/http/app';
import { createLogger } from '../../src/logger';

export interface AppUnderTest {
  origin: string;
  close(): Promise<void>;
}

/**
 * The real Express + Apollo app over any executor, e.g. one that fails the
 * way a broken database would; no Neo4j needed.
 */
export async function startAppWith(executor: Executor, env: Record<string, string>): Promise<AppUnderTest> {
  const config = loadConfig({ ...env, PORT: '0', HOST: '127.0.0.1' });
  const httpServer = http.createServer();
  const readiness = {
    isPrepared: true,
    report: async () => ({ ready: true, database: 'reachable', schema: 'applied' }),
  } as unknown as Readiness;
  const { express, apollo } = await createApp({
    config,
    logger: createLogger('silent'),
    executor,
    readiness,
    schema: await graphqlSchema(),
    httpServer,
  });
  httpServer.on('request', express);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => apollo.stop() };
}
