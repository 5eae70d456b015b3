// A seed directory as the sync reads and writes it: annotations/*.yaml and
// articles/*.txt, read whole (the corpus is kept whole by the server anyway).
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CorpusFiles } from './annotation-items';
import { stemOf } from './annotation-items';

async function namesIn(dir: string, extension: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => entry.name)
    .sort();
}

export async function readCorpusDir(dir: string): Promise<CorpusFiles> {
  const annotations = path.join(dir, 'annotations');
  const articles = path.join(dir, 'articles');
  const files = await Promise.all(
    (await namesIn(annotations, '.yaml')).map(async (name) => ({
      name,
      content: await readFile(path.join(annotations, name), 'utf8'),
    })),
  );
  const texts = await Promise.all(
    (await namesIn(articles, '.txt')).map(
      async (name) => [name, await readFile(path.join(articles, name), 'utf8')] as const,
    ),
  );
  return { files, articleTexts: new Map(texts) };
}

/**
 * Writes the corpus under `dir` and removes the annotation files it no longer
 * holds (with their article text), so the directory is the corpus. Other
 * files, article texts not yet annotated among them, are left alone.
 */
export async function writeCorpusDir(
  dir: string,
  corpus: CorpusFiles,
): Promise<{ written: number; removed: string[] }> {
  const annotations = path.join(dir, 'annotations');
  const articles = path.join(dir, 'articles');
  await mkdir(annotations, { recursive: true });
  await mkdir(articles, { recursive: true });
  const keep = new Set(corpus.files.map((file) => file.name));
  const removed: string[] = [];
  for (const name of await namesIn(annotations, '.yaml')) {
    if (keep.has(name)) continue;
    await rm(path.join(annotations, name));
    removed.push(`annotations/${name}`);
    const text = `${stemOf(name, '.yaml')}.txt`;
    if (!corpus.articleTexts.has(text) && existsSync(path.join(articles, text))) {
      await rm(path.join(articles, text));
      removed.push(`articles/${text}`);
    }
  }
  for (const file of corpus.files) await writeFile(path.join(annotations, file.name), file.content, 'utf8');
  for (const [name, text] of corpus.articleTexts) await writeFile(path.join(articles, name), text, 'utf8');
  return { written: corpus.files.length + corpus.articleTexts.size, removed };
}
