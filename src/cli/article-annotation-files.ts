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
