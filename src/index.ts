import { loadConfig } from './config';
import { createLogger } from './logger';
import { RunningServer, startServer } from './server';

/** `npm start`: the main job, until SIGINT or SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let running: RunningServer | undefined;
  const server = await startServer(config, logger, {
    // The embedded Neo4j stayed dead after every restart attempt: exit
    // non-zero and let systemd, Docker or Kubernetes restart the whole thing.
    onFatal: () => {
      void (running?.close() ?? Promise.resolve()).finally(() => process.exit(1));
    },
  });
  running = server;
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: Error) => {
  // One clear line for the errors a user can fix (config, Java, annotations).
  console.error(error.message);
  process.exit(1);
});
