import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './usage-error';

/** An article's annotation file with its text, as place-quotes and place-evidence edit them. */
export interface AnnotatedArticle {
  file: string;
  yaml: string;
  articleText: string;
}

/**
 * The annotation files named (default: every article file of
 * SEED_DIR/annotations, not the _-files of shared items), each with its
 * article's text from SEED_DIR/articles.
 */
export function articleAnnotationFiles(files: readonly string[], seedDir: string): AnnotatedArticle[] {
  const annotations = path.join(seedDir, 'annotations');
  const targets =
    files.length > 0
      ? files.map((file) => path.resolve(file))
      : fs
          .readdirSync(annotations)
          .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
          .map((name) => path.join(annotations, name));
  return targets.map((file) => {
    if (!fs.existsSync(file)) throw new UsageError(`no such annotation file: ${file}`);
    const articleFile = path.join(seedDir, 'articles', `${path.basename(file, '.yaml')}.txt`);
    if (!fs.existsSync(articleFile)) throw new UsageError(`${file} has no article text at ${articleFile}`);
    return { file, yaml: fs.readFileSync(file, 'utf8'), articleText: fs.readFileSync(articleFile, 'utf8') };
  });
}

/** What placing offsets in one file did: its new text, whether it changed, a line of counts, the questions it asks. */
export interface FilePlacement {
  yaml: string;
  changed: boolean;
  counts: string;
  questions: readonly { item: string; question: string }[];
}

/**
 * Places offsets in each file (`place`), writes the files it changed and
 * prints a line of counts per file and each question; a question left sets
 * exit code 1, told as `<n> <what> need an answer`.
 */
export function placeInArticleFiles(
  files: readonly string[],
  seedDir: string,
  what: string,
  place: (article: AnnotatedArticle) => FilePlacement,
): void {
  let asked = 0;
  for (const article of articleAnnotationFiles(files, seedDir)) {
    const result = place(article);
    if (result.changed) fs.writeFileSync(article.file, result.yaml);
    const name = path.relative(process.cwd(), article.file);
    console.log(`${name}: ${result.counts}`);
    for (const { item, question } of result.questions) console.log(`${name}: ${item}: ${question}`);
    asked += result.questions.length;
  }
  if (asked > 0) {
    process.exitCode = 1;
    console.log(`${asked} ${what} need an answer (see above)`);
  }
}
