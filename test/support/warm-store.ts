import { loadConfig } from '../../src/config';
import type { Logger } from '../../src/logger';
import { startServer } from '../../src/server';

/**
 * Plans the documented example queries on a test store once, the way a
 * server warms a freshly started JVM: a real server on a free port sends
 * them to itself over HTTP (warm-up.ts), then stops. Neo4j keeps the plans
 * per store, so the test servers of the run start without a warm-up of
 * their own (test-server.ts) and still meet planned example queries.
 */
export async function warmStore(uri: string, logger: Logger): Promise<void> {
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: uri,
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_ON_START: 'false',
    WARMUP: 'on',
  });
  const server = await startServer(config, logger);
  await server.close();
}
