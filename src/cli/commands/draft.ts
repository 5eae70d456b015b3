import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../config';
import { parseGivenDate } from '../../draft/given-date';
import { loadDrafter } from '../../draft/load-drafter';
import { loadKnownGraph } from '../../draft/known-graph';
import { renderDraftYaml } from '../../draft/render-draft';
import type { CliCommand } from '../command';
import { UsageError } from '../usage-error';

export interface DraftCommandOptions {
  article: string;
  date: string | null;
  out: string | null;
  json: boolean;
}

export const draftCommand: CliCommand<DraftCommandOptions> = {
  name: 'draft',
  summary: 'draft an annotation file for an article, every item a suggestion to review',
  description:
    'Reads an article (UTF-8 text) and drafts its annotation file from the text alone: sentences, quotes and ' +
    'their speakers, dates, demands and stances on them, statement types. Links to the actors and demands ' +
    "already declared under SEED_DIR (default seed/; the article's own annotation file, if any, is left out). " +
    'Each item carries its confidence and cues as a YAML comment (with --json: a "suggestions" map beside the ' +
    'annotation). Runs offline; needs no database.',
  options: [
    { name: 'date', value: 'YYYY-MM-DD', help: "the article's date, when its text has no dateline" },
    { name: 'out', value: 'FILE', help: 'write the draft to FILE instead of standard output' },
    { name: 'json', help: 'print the annotation, the suggestions and the sentences as JSON' },
  ],
  positionals: [{ name: 'article.txt', help: 'the article to draft' }],

  parse(args) {
    const [article] = args.positionals;
    if (article === undefined) throw new UsageError('name the article to draft, e.g. peacegraph draft article.txt');
    const date = typeof args.values.date === 'string' ? args.values.date : null;
    if (date !== null && parseGivenDate(date) === null)
      throw new UsageError(`--date must be a day written YYYY-MM-DD, got ${date}`);
    return {
      article,
      date,
      out: typeof args.values.out === 'string' ? args.values.out : null,
      json: args.values.json === true,
    };
  },

  async run(options) {
    const config = loadConfig();
    const text = await readFile(options.article, 'utf8');
    const file = path.basename(options.article).replace(/\.[^.]*$/, '') + '.txt';
    const graph = await loadKnownGraph(config.seed.dir, [file.replace(/\.txt$/, '.yaml')]);
    const { draftAnnotation } = await loadDrafter();
    const draft = draftAnnotation(text, { date: options.date, file, graph });
    const output = options.json ? `${JSON.stringify(draft, null, 2)}\n` : renderDraftYaml(draft, options.article);
    if (options.out) await writeFile(options.out, output);
    else process.stdout.write(output);
  },
};
