import { loadConfig } from '../../config';
import { loadCorpus } from '../../seed/load-corpus';
import type { CliCommand } from '../command';
import { noOptions } from './no-arguments';

export const validateCommand: CliCommand<Record<string, never>> = {
  name: 'validate',
  summary: 'check every annotation against its article; write nothing',
  description:
    'Reads SEED_DIR (default seed/) and checks every annotation file: references, ids, dates, quote offsets ' +
    'against the article text. Prints what the corpus holds, or every problem as file: path: reason (exit 1). ' +
    'Needs no database.',
  options: [],
  positionals: [],
  parse: noOptions,

  async run() {
    const config = loadConfig();
    const corpus = await loadCorpus(config.seed.dir);
    console.log(
      `valid: ${corpus.articles.length} articles, ${corpus.actors.length} actors, ${corpus.statements.length} statements, ` +
        `${corpus.demands.length} demands, ${corpus.territories.length} territories, ${corpus.events.length} events, ${corpus.relations.length} relations`,
    );
  },
};
