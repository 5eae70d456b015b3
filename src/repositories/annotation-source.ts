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

const roots = new Map<string, string>();
function findRepoRoot(from: string): string {
  let root = roots.get(from);
  if (root === undefined) {
    root = searchRepoRoot(from);
    roots.set(from, root);
  }
  return root;
}

function searchRepoRoot(from: string): string {
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

/** How problems name the annotation file `name` (e.g. 000_x.yaml) of `seedDir`: seed/annotations/000_x.yaml. */
export function shownAnnotationPath(seedDir: string, name: string): string {
  const root = findRepoRoot(seedDir);
  return path
    .relative(root, path.resolve(seedDir, 'annotations', name))
    .split(path.sep)
    .join('/');
}

export async function readAnnotationSource(seedDir: string): Promise<AnnotationSource> {
  const annotationsDir = path.join(seedDir, 'annotations');
  const articlesDir = path.join(seedDir, 'articles');
  const shown = (name: string) => shownAnnotationPath(seedDir, name);
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
