// The annotations as the seeder reads them: seed/annotations/*.yaml and
// seed/articles/*.txt, with the display paths load-corpus.ts gives problems
// (relative to the repository root), so mutation problems name files the
// same way seeding problems do.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface AnnotationSource {
  files: { path: string; content: string }[];
  articleTexts: Map<string, string>;
  /** Display path for a new annotation file named `<stem>.yaml`. */
  annotationPath(stem: string): string;
}

function findRepoRoot(from: string): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

async function namesIn(dir: string, extension: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => entry.name)
    .sort();
}

export async function readAnnotationSource(seedDir: string): Promise<AnnotationSource> {
  const annotationsDir = path.join(seedDir, 'annotations');
  const articlesDir = path.join(seedDir, 'articles');
  const root = findRepoRoot(seedDir);
  const shown = (name: string) => path.relative(root, path.resolve(annotationsDir, name)).split(path.sep).join('/');
  const files = await Promise.all(
    (await namesIn(annotationsDir, '.yaml')).map(async (name) => ({
      path: shown(name),
      content: await readFile(path.join(annotationsDir, name), 'utf8'),
    })),
  );
  const articleNames = await namesIn(articlesDir, '.txt');
  const texts = await Promise.all(articleNames.map((name) => readFile(path.join(articlesDir, name), 'utf8')));
  return {
    files,
    articleTexts: new Map(articleNames.map((name, index) => [name, texts[index]])),
    annotationPath: (stem) => shown(`${stem}.yaml`),
  };
}
