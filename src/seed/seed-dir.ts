// A seed directory (annotations/*.yaml, articles/*.txt) read file by file:
// a bounded number of files open at a time (a 1M-statement corpus has
// 100,000 annotation files, more than a process may open at once), each
// parsed and checked as it comes (corpus-validator.ts), in file-name order
// so problems and merged output do not depend on the file system's order.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import * as path from 'node:path';
import { CorpusValidator, referenceRecord } from './corpus-validator';
import type { ReferenceRecord } from './corpus-validator';
import type { AnnotationProblem } from './annotation-error';
import { parseAnnotationFile } from './parse-annotation-file';
import type { ParsedFile } from './parsed-file';
import { Spool } from './spool';

/** Annotation files read ahead of the one being checked (and so open at most at once). */
export const READ_AHEAD = 16;

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

/** `fn` over `items` with at most `limit` calls pending; results in input order. */
export async function* mapInOrder<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  let next = 0;
  const fill = () => {
    while (next < items.length && pending.length < limit) {
      const promise = fn(items[next++]);
      // A rejection is handled when its turn comes; do not let it go unhandled before.
      promise.catch(() => undefined);
      pending.push(promise);
    }
  };
  fill();
  while (pending.length > 0) {
    const result = await pending.shift()!;
    fill();
    yield result;
  }
}

export interface SeedDirFile {
  parsed: ParsedFile;
  problems: AnnotationProblem[];
  /** The text of the article the file's header names, when there is one. */
  text: string | undefined;
}

/**
 * Every annotation file of a seed directory, parsed, in file-name order,
 * with the text of its article. At most READ_AHEAD files are read ahead.
 */
export async function* readSeedDir(seedDir: string): AsyncGenerator<SeedDirFile> {
  const annotationsDir = path.join(seedDir, 'annotations');
  const articlesDir = path.join(seedDir, 'articles');
  const root = findRepoRoot(seedDir);
  const articleNames = new Set(await listFiles(articlesDir, '.txt'));
  const annotationNames = await listFiles(annotationsDir, '.yaml');
  const contents = mapInOrder(annotationNames, READ_AHEAD, async (name) => {
    const absolute = path.resolve(annotationsDir, name);
    return { shown: path.relative(root, absolute).split(path.sep).join('/'), content: await readFile(absolute, 'utf8') };
  });
  for await (const { shown, content } of contents) {
    const { parsed, problems } = parseAnnotationFile(shown, content);
    const name = parsed.article?.value.file;
    // Only a text listed in articles/ counts (a header cannot point elsewhere).
    const text = name !== undefined && articleNames.has(name) ? await readFile(path.join(articlesDir, name), 'utf8') : undefined;
    yield { parsed, problems, text };
  }
}

export interface SeedDirValidation {
  files: number;
  /** Ids declared (articles, actors, territories, events, statements, demands). */
  ids: number;
  statements: number;
}

export interface ValidateSeedDirOptions {
  /** Where the references wait between the two passes (a temporary file, removed after); default: the OS temp dir. */
  spoolDir?: string;
  /**
   * Called with every file while no problem has been found in it or any
   * file before it (the seeder spools its rows here); its work is wasted if a
   * later file has a problem, and the validation then throws.
   */
  onSoundFile?: (file: SeedDirFile) => Promise<void> | void;
}

/**
 * Validates a seed directory without holding it: the same checks and the
 * same problems as loadCorpus, in two passes (see corpus-validator.ts). Pass
 * one spools each file's references (ids and paths, no text) to a temporary
 * file; pass two reads them back against the complete registry. Throws an
 * AnnotationValidationError listing every problem.
 */
export async function validateSeedDir(seedDir: string, options: ValidateSeedDirOptions = {}): Promise<SeedDirValidation> {
  const spoolDir = await mkdtemp(path.join(options.spoolDir ?? os.tmpdir(), 'peacegraph-validate-'));
  const validator = new CorpusValidator({ idsFile: path.join(spoolDir, 'ids.jsonl') });
  const references = new Spool<ReferenceRecord>(path.join(spoolDir, 'references.jsonl'));
  let statements = 0;
  try {
    for await (const file of readSeedDir(seedDir)) {
      validator.addFile(file.parsed, file.problems, file.text);
      statements += file.parsed.sections.statements.length;
      await references.write(referenceRecord(file.parsed));
      if (validator.problemCount === 0) await options.onSoundFile?.(file);
    }
    for await (const record of references.read()) validator.checkReferences(record);
  } finally {
    await references.close();
    await rm(spoolDir, { recursive: true, force: true });
  }
  validator.throwIfProblems();
  return { files: validator.fileCount, ids: validator.registry.size, statements };
}
