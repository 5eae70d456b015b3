import path from 'node:path';
import { addArticle } from '../../annotate/article-files';
import { loadConfig } from '../../config';
import { DATE_VALUE_PATTERN } from '../../domain/date-spec';
import type { CliCommand } from '../command';
import { UsageError } from '../usage-error';

interface AddArticleCommandOptions {
  file: string;
  date?: string;
  title?: string;
}

export const addArticleCommand: CliCommand<AddArticleCommandOptions> = {
  name: 'add-article',
  summary: "copy an article's text into the seed and write its skeleton annotation file",
  description:
    'Copies FILE into SEED_DIR/articles/ as NNN_<hash>.txt (the next number; the first 16 hex digits of the ' +
    "text's SHA-256) and writes SEED_DIR/annotations/NNN_<hash>.yaml with the article header filled in and " +
    'empty sections. Refuses a text that is in already. Needs no database.',
  options: [
    { name: 'date', value: 'YYYY[-MM[-DD]]', help: 'the publication date, written into the header' },
    { name: 'title', value: 'TEXT', help: "a title of your own (default: the text's first line, as its headline)" },
  ],
  positionals: [{ name: 'FILE', help: 'the article text, UTF-8, exactly as published' }],

  parse({ values, positionals }) {
    if (positionals.length !== 1) throw new UsageError('give the article file: peacegraph add-article FILE');
    const date = typeof values.date === 'string' ? values.date : undefined;
    if (date !== undefined && !DATE_VALUE_PATTERN.test(date))
      throw new UsageError(`--date must be YYYY, YYYY-MM or YYYY-MM-DD, got ${date}`);
    const title = typeof values.title === 'string' ? values.title : undefined;
    return { file: positionals[0], date, title };
  },

  async run(options) {
    const seedDir = loadConfig().seed.dir;
    const added = addArticle(seedDir, path.resolve(options.file), { published: options.date, title: options.title });
    console.log(`added ${added.articleId}:`);
    console.log(`  text        ${path.relative(process.cwd(), added.textFile)}`);
    console.log(`  annotations ${path.relative(process.cwd(), added.annotationFile)}`);
    console.log(
      'Next: annotate it (docs/corpus.md), then `npx peacegraph place-quotes` and `npx peacegraph validate`.',
    );
  },
};
