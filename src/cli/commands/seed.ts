import { loadConfig } from '../../config';
import type { Config } from '../../config';
import { openDatabase } from '../../db/database';
import { migrate } from '../../db/migrate';
import type { Logger } from '../../logger';
import { seedCorpusDirByImport } from '../../seed/imported-seeder';
import { loadCorpus } from '../../seed/load-corpus';
import { seedCorpus, seedCorpusDir } from '../../seed/seeder';
import { recordSeededAdditions, recordSeededCorpus } from '../../repositories/annotation-store';
import { itemsSeedAdds, keepsCorpus } from '../../sync/seed-over-kept-corpus';
import type { KeyedItem } from '../../sync/seed-over-kept-corpus';
import type { CliCommand } from '../command';
import { printCounts } from '../print-counts';
import { UsageError } from '../usage-error';

/**
 * Seeding is maintenance, not a request: its transactions run without the
 * API's time limit (CYPHER_TIMEOUT_MS is for queries clients send), so a
 * corpus that takes long to write on a busy machine is written, not refused.
 */
const SEEDING = { timeoutMs: 0 };

export interface SeedOptions {
  /** one-transaction: the default; stream: --stream; import: --import. */
  mode: 'one-transaction' | 'stream' | 'import';
}

export const seedCommand: CliCommand<SeedOptions> = {
  name: 'seed',
  summary: 'validate, then write the corpus to Neo4j (idempotent) and print counts',
  description:
    'Validates SEED_DIR as a whole, then writes it to Neo4j (NEO4J_URI, or the embedded store) in one ' +
    'transaction, all or nothing, and prints the counts. Rerunning it changes nothing (MERGE on ids). Once the ' +
    'database keeps an annotation corpus (after a seed, an apply or a change through the API), the items the files ' +
    'add are recorded in it too; files that change an item it keeps are refused, naming the items: use apply, ' +
    'which applies the difference and keeps the corpus and the graph equal.',
  options: [
    {
      name: 'stream',
      help:
        'for corpora too large to hold: validate file by file, then write in batches committed as they go ' +
        '(a failure while writing leaves part of the corpus; rerunning completes it)',
    },
    {
      name: 'import',
      help:
        'the embedded store only, and only before it exists: validate as --stream does, then build the store ' +
        "with neo4j-admin's bulk importer (much faster for a large first seed)",
    },
  ],
  positionals: [],

  parse({ values }) {
    if (values.stream && values.import) throw new UsageError('takes --stream or --import, not both');
    return { mode: values.import ? 'import' : values.stream ? 'stream' : 'one-transaction' };
  },

  async run({ mode }, logger) {
    const config = loadConfig();
    if (mode === 'import') return seedByImport(config, logger);
    if (mode === 'stream') return seedStreaming(config, logger);
    // Validate everything before the database is even opened.
    const corpus = await loadCorpus(config.seed.dir);
    const database = await openDatabase(config.neo4j, logger, SEEDING);
    try {
      await migrate(database.executor, logger);
      const added = await itemsSeedAdds(database.executor, config.seed.dir);
      const result = await seedCorpus(database.executor, corpus, {
        onProgress: ({ written, total, step }) => process.stderr.write(`\rseeding ${step}: ${written}/${total}   `),
      });
      process.stderr.write('\n');
      await recordInKeptCorpus(database.executor, config.seed.dir, added);
      console.log(`wrote ${result.nodesWritten} nodes and ${result.edgesWritten} edges in ${result.milliseconds} ms`);
      printCounts(result.graph);
    } finally {
      await database.close();
    }
  },
};

/**
 * Large corpora: seedCorpusDir validates the whole directory (nothing is
 * written if any file is wrong), then writes in batches committed as they
 * go, so memory stays flat; a failure while writing leaves part of the
 * corpus in the graph, and rerunning completes it.
 */
async function seedStreaming(config: Config, logger: Logger): Promise<void> {
  const database = await openDatabase(config.neo4j, logger, SEEDING);
  try {
    await migrate(database.executor, logger);
    let added: KeyedItem[] | null = null;
    if (await keepsCorpus(database.executor)) {
      // The files are compared with the kept corpus whole; validated first, so a broken file is told as such.
      await loadCorpus(config.seed.dir);
      added = await itemsSeedAdds(database.executor, config.seed.dir);
    }
    const result = await seedCorpusDir(database.executor, config.seed.dir, {
      onProgress: ({ written, total, step }) => process.stderr.write(`\rseeding ${step}: ${written}/${total}   `),
    });
    process.stderr.write('\n');
    await recordInKeptCorpus(database.executor, config.seed.dir, added);
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
    await recordSeededCorpus(result.database.executor, config.seed.dir);
    console.log(
      `imported ${result.nodesWritten} nodes and ${result.edgesWritten} edges in ${result.milliseconds} ms ` +
        `(validating ${result.validateMilliseconds} ms, writing ${result.writeMilliseconds} ms)`,
    );
    printCounts(result.graph);
  } finally {
    await result.database.close();
  }
}

/** A first seed records the corpus it wrote; a later one, the items it added to the corpus kept. */
async function recordInKeptCorpus(
  executor: Parameters<typeof recordSeededCorpus>[0],
  seedDir: string,
  added: KeyedItem[] | null,
): Promise<void> {
  if (added === null) await recordSeededCorpus(executor, seedDir);
  else await recordSeededAdditions(executor, added);
}
