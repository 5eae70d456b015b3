// The IO half of loading: read seed/annotations/*.yaml and seed/articles/*.txt
// and hand them to the pure validateCorpus.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Corpus } from './corpus';
import { validateCorpus } from './validate-corpus';

/** The nearest ancestor holding package.json: problems name files relative to it. */
function findRepoRoot(from: string): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

async function listFiles(dir: string, extension: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  // Sorted so problems and merged output do not depend on the file system's order.
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => entry.name)
    .sort();
}

export async function loadCorpus(seedDir: string): Promise<Corpus> {
  const annotationsDir = path.join(seedDir, 'annotations');
  const articlesDir = path.join(seedDir, 'articles');
  const root = findRepoRoot(seedDir);

  const annotationNames = await listFiles(annotationsDir, '.yaml');
  const files = await Promise.all(
    annotationNames.map(async (name) => {
      const absolute = path.resolve(annotationsDir, name);
      const shown = path.relative(root, absolute).split(path.sep).join('/');
      return { path: shown, content: await readFile(absolute, 'utf8') };
    }),
  );

  const articleNames = await listFiles(articlesDir, '.txt');
  const texts = await Promise.all(articleNames.map((name) => readFile(path.join(articlesDir, name), 'utf8')));
  const articleTexts = new Map(articleNames.map((name, index) => [name, texts[index]]));

  return validateCorpus({ files, articleTexts });
}
