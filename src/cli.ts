import { ANALYTICS_USAGE, analyticsCommand, exportCommand } from './analytics/cli';
import { loadConfig } from './config';
import type { Config } from './config';
import { openDatabase } from './db/database';
import { startEmbeddedNeo4j } from './db/embedded-neo4j';
import { migrate } from './db/migrate';
import { createLogger, Logger } from './logger';
import { graphCounts } from './seed/graph-counts';
import { loadCorpus } from './seed/load-corpus';
import { seedCorpusDirByImport } from './seed/imported-seeder';
import { seedCorpus, seedCorpusDir } from './seed/seeder';

const usage = `usage: node dist/src/cli.js <command>
  validate   check every annotation against its article; write nothing
  seed       validate, then write the corpus to Neo4j (idempotent) and print counts;
             one transaction, all or nothing. --stream: for corpora too large to
             hold, validate file by file and write in batches committed as they go.
             --import: the embedded store only, and only before it exists: validate
             as --stream does, then build the store with neo4j-admin's bulk importer
             (much faster for a large first seed)
  counts     print nodes per label and edges per type
  neo4j      run the embedded Neo4j alone and print its Bolt URI (stop with Ctrl-C)
${ANALYTICS_USAGE}`;

type Command = (logger: Logger) => Promise<void>;

const commands: Record<string, Command> = {
  analytics: (logger) => analyticsCommand(logger, process.argv.slice(3)),
  export: (logger) => exportCommand(logger, process.argv.slice(3)),

  async validate() {
    const config = loadConfig();
    const corpus = await loadCorpus(config.seed.dir);
    console.log(
      `valid: ${corpus.articles.length} articles, ${corpus.actors.length} actors, ${corpus.statements.length} statements, ` +
        `${corpus.demands.length} demands, ${corpus.territories.length} territories, ${corpus.events.length} events, ${corpus.relations.length} relations`,
    );
  },

  async seed(logger) {
    const config = loadConfig();
    if (process.argv.includes('--import')) return seedByImport(config, logger);
    if (process.argv.includes('--stream')) return seedStreaming(config, logger);
    // Validate everything before the database is even opened.
    const corpus = await loadCorpus(config.seed.dir);
    const database = await openDatabase(config.neo4j, logger);
    try {
      await migrate(database.executor, logger);
      const result = await seedCorpus(database.executor, corpus, {
        onProgress: ({ written, total, step }) => process.stderr.write(`\rseeding ${step}: ${written}/${total}   `),
      });
      process.stderr.write('\n');
      console.log(`wrote ${result.nodesWritten} nodes and ${result.edgesWritten} edges in ${result.milliseconds} ms`);
      printCounts(result.graph);
    } finally {
      await database.close();
    }
  },

  async counts(logger) {
    const config = loadConfig();
    const database = await openDatabase(config.neo4j, logger);
    try {
      printCounts(await graphCounts(database.executor));
    } finally {
      await database.close();
    }
  },

  async neo4j(logger) {
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

/**
 * Large corpora: seedCorpusDir validates the whole directory (nothing is
 * written if any file is wrong), then writes in batches committed as they
 * go, so memory stays flat; a failure while writing leaves part of the
 * corpus in the graph, and rerunning completes it.
 */
async function seedStreaming(config: Config, logger: Logger): Promise<void> {
  const database = await openDatabase(config.neo4j, logger);
  try {
    await migrate(database.executor, logger);
    const result = await seedCorpusDir(database.executor, config.seed.dir, {
      onProgress: ({ written, total, step }) => process.stderr.write(`\rseeding ${step}: ${written}/${total}   `),
    });
    process.stderr.write('\n');
    console.log(
      `wrote ${result.nodesWritten} nodes and ${result.edgesWritten} edges in ${result.milliseconds} ms ` +
        `(validating ${result.validateMilliseconds} ms, writing ${result.writeMilliseconds} ms)`,
    );
    printCounts(result.graph);
  } finally {
    await database.close();
  }
}

/**
 * A first seed of a large corpus: the importer writes the store files of a
 * new embedded store directly (imported-seeder.ts). Not for NEO4J_URI (a
 * server's files are not ours to write) nor for a store that exists.
 */
async function seedByImport(config: Config, logger: Logger): Promise<void> {
  if (config.neo4j.uri) {
    throw new Error(
      "seed --import builds the embedded store's files and cannot write to the server at NEO4J_URI: use seed --stream there",
    );
  }
  const result = await seedCorpusDirByImport(config.seed.dir, {
    home: config.neo4j.embedded.home,
    logger,
    openDatabase: () => openDatabase(config.neo4j, logger),
  });
  try {
    console.log(
      `imported ${result.nodesWritten} nodes and ${result.edgesWritten} edges in ${result.milliseconds} ms ` +
        `(validating ${result.validateMilliseconds} ms, writing ${result.writeMilliseconds} ms)`,
    );
    printCounts(result.graph);
  } finally {
    await result.database.close();
  }
}

function printCounts(counts: { nodes: Record<string, number>; edges: Record<string, number> }): void {
  console.log(
    'nodes:',
    Object.entries(counts.nodes)
      .map(([k, v]) => `${k}=${v}`)
      .join(' '),
  );
  console.log(
    'edges:',
    Object.entries(counts.edges)
      .map(([k, v]) => `${k}=${v}`)
      .join(' '),
  );
}

async function main(): Promise<void> {
  const command = commands[process.argv[2] ?? ''];
  if (!command) {
    console.error(usage);
    process.exit(2);
  }
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', 'peacegraph-cli');
  await command(logger);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
