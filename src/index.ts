import { loadConfig } from './config';
import { createLogger } from './logger';
import { startServer } from './server';

/** `npm start`: the main job, until SIGINT or SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, logger);
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
