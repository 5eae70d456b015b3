// A new article's place in the seed directory: the next number, a content
// hash, and a skeleton annotation file with the article header filled in.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

export interface AddedArticle {
  stem: string;
  textFile: string;
  annotationFile: string;
  articleId: string;
}

export interface AddArticleOptions {
  /** The publication date as the text or its source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
  published?: string;
  /** A title of the annotator's own; absent: the text's first line, marked as its headline. */
  title?: string;
}

const STEM = /^(\d+)_[0-9a-f]{16}$/;

/** The number after the highest `NNN_` stem of the articles folder, zero-padded to three digits (or more). */
export function nextArticleNumber(articlesDir: string): string {
  const numbers = fs
    .readdirSync(articlesDir)
    .map((name) => STEM.exec(path.basename(name, '.txt')))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => Number(match[1]));
  const next = numbers.length > 0 ? Math.max(...numbers) + 1 : 0;
  return String(next).padStart(3, '0');
}

/** `NNN_<first 16 hex digits of the text's SHA-256>`: the order added, and a tag two annotators cannot both pick. */
export function articleStem(number: string, text: string): string {
  return `${number}_${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)}`;
}

/** The precision a date value is written at. */
function precisionOf(value: string): 'YEAR' | 'MONTH' | 'DAY' {
  return (['YEAR', 'MONTH', 'DAY'] as const)[value.split('-').length - 1];
}

/**
 * Copies `sourceFile` into `<seedDir>/articles/` under its new stem and
 * writes `<seedDir>/annotations/<stem>.yaml` with the article header and
 * empty sections, ready to annotate. Refuses a text that is in already.
 */
export function addArticle(seedDir: string, sourceFile: string, options: AddArticleOptions = {}): AddedArticle {
  const text = fs.readFileSync(sourceFile, 'utf8');
  if (text.trim() === '') throw new Error(`${sourceFile} is empty`);
  const articlesDir = path.join(seedDir, 'articles');
  const hash = articleStem('0', text).slice(2);
  const existing = fs.readdirSync(articlesDir).find((name) => name.endsWith(`_${hash}.txt`));
  if (existing) throw new Error(`${sourceFile} is in already, as ${path.join(articlesDir, existing)}`);
  const number = nextArticleNumber(articlesDir);
  const stem = articleStem(number, text);
  const articleId = `article-${number}`;
  const firstLine = text.split(/\r?\n/, 1)[0].trim();
  const header = {
    id: articleId,
    file: `${stem}.txt`,
    title: options.title ?? firstLine,
    titleIsHeadline: options.title === undefined,
    outlet: null,
    published: options.published
      ? {
          value: options.published,
          precision: precisionOf(options.published),
          cue: 'TODO: the words the date rests on',
          inferred: true,
        }
      : null,
  };
  const textFile = path.join(articlesDir, `${stem}.txt`);
  const annotationFile = path.join(seedDir, 'annotations', `${stem}.yaml`);
  const skeleton = [
    `# Annotations of seed/articles/${stem}.txt (docs/model.md, docs/corpus.md). Offsets: UTF-16, end exclusive.`,
    '# Write each quote as its text only ({ text: "..." }); `npx peacegraph place-quotes` adds the offsets.',
    YAML.stringify({
      article: header,
      actors: [],
      territories: [],
      events: [],
      statements: [],
      demands: [],
      relations: [],
    }),
  ].join('\n');
  fs.copyFileSync(sourceFile, textFile);
  fs.writeFileSync(annotationFile, skeleton);
  return { stem, textFile, annotationFile, articleId };
}
