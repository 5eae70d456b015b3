// A seed directory (annotations/*.yaml, articles/*.txt) read file by file:
// a bounded number of files open at a time (a 1M-statement corpus has
// 100,000 annotation files, more than a process may open at once), each
// parsed and checked as it comes (corpus-validator.ts), in file-name order
// so problems and merged output do not depend on the file system's order.
// Nothing is held per file: the names are sorted on disk (external-sort.ts)
// and an article's text is looked up in the directory when a header names it.
import { existsSync } from 'node:fs';
import { lstat, mkdtemp, opendir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import * as path from 'node:path';
import { CorpusValidator, referenceRecord } from './corpus-validator';
import type { ReferenceRecord } from './corpus-validator';
import type { AnnotationProblem } from './annotation-error';
import { compareStrings, externalSort } from './external-sort';
import { parseAnnotationFile } from './parse-annotation-file';
import type { ParsedFile } from './parsed-file';
import { Spool } from './spool';

/** Annotation files read ahead of the one being checked (and so open at most at once). */
export const READ_AHEAD = 16;

/** The nearest ancestor holding package.json: problems name files relative to it. */
export function findRepoRoot(from: string): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

/** Where a file a problem names (relative to findRepoRoot) is on disk, to find the problem's line. */
export function shownFileResolver(seedDir: string): (shown: string) => string {
  const root = findRepoRoot(seedDir);
  return (shown) => path.resolve(root, shown);
}

/**
 * The names of the files in `dir` ending in `extension`, in code-unit order
 * (sorted so problems and merged output do not depend on the file system's
 * order), sorted on disk under `workDir` when there are many.
 */
async function* sortedFileNames(dir: string, extension: string, workDir: string): AsyncGenerator<string> {
  async function* listed(): AsyncGenerator<string> {
    for await (const entry of await opendir(dir)) {
      if (entry.isFile() && entry.name.endsWith(extension)) yield entry.name;
    }
  }
  yield* externalSort(listed(), compareStrings, { dir: workDir });
}

/**
 * Whether `name` is a .txt file listed in `dir`: a plain name (no path), a
 * file and not a link, as the directory's listing would show it.
 */
async function isListedText(dir: string, name: string): Promise<boolean> {
  if (!name.endsWith('.txt') || name.includes('/') || name.includes(path.sep)) return false;
  try {
    return (await lstat(path.join(dir, name))).isFile();
  } catch {
    return false;
  }
}

/**
 * Bytes of annotation files read ahead at most (with READ_AHEAD, whichever
 * comes first). A parsed file takes about five times its size on the heap
 * (the generated shared file of 8.9 MB: 47 MiB), so sixteen large files read
 * ahead at once would hold many times the largest; article files (a few KiB
 * each) never reach this, and a file larger than it is read alone.
 */
export const READ_AHEAD_BYTES = 1 << 20;

/** A limit on what mapInOrder's pending calls weigh together. */
export interface WeightLimit<T> {
  budget: number;
  weigh: (item: T) => Promise<number> | number;
}

/**
 * `fn` over `items` with at most `limit` calls pending, and with `weights`
 * at most `weights.budget` of weight pending (an item heavier than that is
 * started alone); results in input order. A result handed to the consumer
 * no longer counts as pending.
 */
export async function* mapInOrder<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  limit: number,
  fn: (item: T) => Promise<R>,
  weights?: WeightLimit<T>,
): AsyncGenerator<R> {
  const source = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  const pending: { promise: Promise<R>; weight: number }[] = [];
  let pendingWeight = 0;
  /** Taken from the source but not started: it waits for room under the budget. */
  let next: { item: T; weight: number } | undefined;
  let exhausted = false;
  const fits = (weight: number) => pending.length === 0 || weights === undefined || pendingWeight + weight <= weights.budget;
  const fill = async () => {
    while (pending.length < limit) {
      if (!next) {
        if (exhausted) return;
        const taken = await source.next();
        if (taken.done) {
          exhausted = true;
          return;
        }
        next = { item: taken.value, weight: weights ? await weights.weigh(taken.value) : 0 };
      }
      if (!fits(next.weight)) return;
      const promise = fn(next.item);
      // A rejection is handled when its turn comes; do not let it go unhandled before.
      promise.catch(() => undefined);
      pending.push({ promise, weight: next.weight });
      pendingWeight += next.weight;
      next = undefined;
    }
  };
  try {
    await fill();
    while (pending.length > 0) {
      const { promise, weight } = pending.shift()!;
      pendingWeight -= weight;
      const result = await promise;
      await fill();
      yield result;
    }
  } finally {
    await source.return?.();
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
 * `workDir`: where the file names are sorted when there are many (default:
 * the OS temp dir; nothing is left there).
 */
export async function* readSeedDir(seedDir: string, options: { workDir?: string } = {}): AsyncGenerator<SeedDirFile> {
  const annotationsDir = path.join(seedDir, 'annotations');
  const articlesDir = path.join(seedDir, 'articles');
  const root = findRepoRoot(seedDir);
  // A seed directory without articles/ is refused at once (ENOENT), as when its listing was read first.
  await (await opendir(articlesDir)).close();
  const names = sortedFileNames(annotationsDir, '.yaml', options.workDir ?? os.tmpdir());
  // Each file is parsed as soon as it is read, so its text is garbage once parsed; files read ahead are weighed by their size.
  // A file that cannot be looked at weighs nothing here: reading it in its turn reports why.
  const weights = { budget: READ_AHEAD_BYTES, weigh: (name: string) => stat(path.join(annotationsDir, name)).then((found) => found.size, () => 0) };
  yield* mapInOrder(names, READ_AHEAD, async (name) => {
    const absolute = path.resolve(annotationsDir, name);
    const shown = path.relative(root, absolute).split(path.sep).join('/');
    const { parsed, problems } = parseAnnotationFile(shown, await readFile(absolute, 'utf8'));
    const article = parsed.article?.value.file;
    // Only a text listed in articles/ counts (a header cannot point elsewhere).
    const text = article !== undefined && (await isListedText(articlesDir, article)) ? await readFile(path.join(articlesDir, article), 'utf8') : undefined;
    return { parsed, problems, text };
  }, weights);
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
  const validator = new CorpusValidator({
    idsFile: path.join(spoolDir, 'ids.jsonl'),
    filesFile: path.join(spoolDir, 'files.jsonl'),
    namesFile: path.join(spoolDir, 'names.jsonl'),
  });
  const references = new Spool<ReferenceRecord>(path.join(spoolDir, 'references.jsonl'));
  try {
    const statements = await addEachFile(seedDir, validator, references, { ...options, spoolDir });
    for await (const record of references.read()) validator.checkReferences(record);
    // Before the spool directory goes: the problems name files the registry keeps there.
    validator.throwIfProblems(shownFileResolver(seedDir));
    return { files: validator.fileCount, ids: validator.registry.size, statements };
  } finally {
    validator.close();
    await references.close();
    await rm(spoolDir, { recursive: true, force: true });
  }
}

/**
 * Pass one: every file added to the validator, its references spooled, the
 * sound ones handed on; returns the statements counted. A function of its
 * own so that no file outlives it: a loop variable keeps its last value as
 * long as the function runs, and the last files (`_shared.yaml` and the
 * like sort after the numbered ones) are often the largest.
 */
async function addEachFile(
  seedDir: string,
  validator: CorpusValidator,
  references: Spool<ReferenceRecord>,
  options: ValidateSeedDirOptions & { spoolDir: string },
): Promise<number> {
  let statements = 0;
  for await (const file of readSeedDir(seedDir, { workDir: options.spoolDir })) {
    validator.addFile(file.parsed, file.problems, file.text);
    statements += file.parsed.sections.statements.length;
    await references.write(referenceRecord(file.parsed));
    if (validator.problemCount === 0) await options.onSoundFile?.(file);
  }
  return statements;
}
