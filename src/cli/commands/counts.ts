import { loadConfig } from '../../config';
import { openDatabase } from '../../db/database';
import { graphCounts } from '../../seed/graph-counts';
import type { CliCommand } from '../command';
import { printCounts } from '../print-counts';
import { noOptions } from './no-arguments';

export const countsCommand: CliCommand<Record<string, never>> = {
  name: 'counts',
  summary: 'print nodes per label and edges per type',
  description:
    'Prints the nodes per label and the edges per type of the graph in Neo4j (NEO4J_URI, or the embedded store).',
  options: [],
  positionals: [],
  parse: noOptions,

  async run(_options, logger) {
    const config = loadConfig();
    const database = await openDatabase(config.neo4j, logger);
    try {
      printCounts(await graphCounts(database.executor));
    } finally {
      await database.close();
    }
  },
};
