import { loadConfig } from './config';
import { createLogger } from './logger';
import { RunningServer, startServer } from './server';

/** `npm start`: the main job, until SIGINT or SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // Set once started; the hook below may only fire after that.
  const started: { server?: RunningServer } = {};
  const server = await startServer(config, logger, {
    // The embedded Neo4j stayed dead after every restart attempt: exit
    // non-zero and let systemd, Docker or Kubernetes restart the whole thing.
    onFatal: () => {
      void (started.server?.close() ?? Promise.resolve()).finally(() => process.exit(1));
    },
  });
  started.server = server;
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
