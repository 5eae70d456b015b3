import { loadConfig } from '../../config';
import { startEmbeddedNeo4j } from '../../db/embedded-neo4j';
import type { CliCommand } from '../command';
import { noOptions } from './no-arguments';

export const neo4jCommand: CliCommand<Record<string, never>> = {
  name: 'neo4j',
  summary: 'run the embedded Neo4j alone and print its Bolt URI (stop with Ctrl-C)',
  description:
    'Starts the embedded Neo4j on its store (NEO4J_EMBEDDED_HOME, default .neo4j/data), prints NEO4J_URI=bolt://… ' +
    'for cypher-shell, Neo4j Desktop or another peacegraph command, and stops it cleanly on Ctrl-C.',
  options: [],
  positionals: [],
  parse: noOptions,

  async run(_options, logger) {
    const config = loadConfig();
    const embedded = await startEmbeddedNeo4j({ ...config.neo4j.embedded, logger });
    console.log(`NEO4J_URI=${embedded.uri}`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await embedded.stop();
  },
};
