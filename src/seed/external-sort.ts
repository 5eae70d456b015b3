// Sorting more items than should be held at once: runs of at most
// `runLength` items are sorted in memory and written to temporary files
// (spool.ts, JSON lines), then read back together and merged. Memory is one
// run while sorting, and one read buffer per run while merging.
//
// The sort is stable, as Array.prototype.sort is: a run keeps the input
// order of equal items, and the merge takes equal items from the earlier run
// first.
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { Spool } from './spool';

/** Items per run: a few MiB of small records, and few runs to merge for a million of them. */
export const DEFAULT_RUN_LENGTH = 50_000;

export interface ExternalSortOptions {
  /** Where the runs wait (a directory of their own is made in it, and removed after). */
  dir: string;
  runLength?: number;
}

/** Code-unit order, the order `[].sort()` gives strings. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `items` in `compare` order. Items go through JSON when they do not fit in
 * one run, so they must survive it (strings, numbers, plain objects).
 */
export async function* externalSort<T>(
  items: AsyncIterable<T> | Iterable<T>,
  compare: (a: T, b: T) => number,
  options: ExternalSortOptions,
): AsyncGenerator<T> {
  const runLength = options.runLength ?? DEFAULT_RUN_LENGTH;
  if (!(runLength >= 1)) throw new Error(`externalSort: runLength must be at least 1, got ${runLength}`);
  let runsDir: string | undefined;
  const runs: Spool<T>[] = [];
  try {
    let run: T[] = [];
    for await (const item of items) {
      run.push(item);
      if (run.length < runLength) continue;
      runsDir ??= await mkdtemp(path.join(options.dir, 'sort-'));
      runs.push(await writeRun(run.sort(compare), path.join(runsDir, `run-${runs.length}.jsonl`)));
      run = [];
    }
    run.sort(compare);
    if (runs.length === 0) {
      // Everything fitted in one run: no file needed; each item is let go once given.
      run.reverse();
      while (run.length > 0) yield run.pop()!;
      return;
    }
    if (run.length > 0) runs.push(await writeRun(run, path.join(runsDir!, `run-${runs.length}.jsonl`)));
    run = [];
    yield* merge(runs, compare);
  } finally {
    for (const spool of runs) await spool.close();
    if (runsDir !== undefined) await rm(runsDir, { recursive: true, force: true });
  }
}

async function writeRun<T>(sorted: readonly T[], file: string): Promise<Spool<T>> {
  const spool = new Spool<T>(file);
  for (const item of sorted) await spool.write(item);
  return spool;
}

/** The runs' items in `compare` order; on a tie, the earlier run's item first. */
async function* merge<T>(runs: readonly Spool<T>[], compare: (a: T, b: T) => number): AsyncGenerator<T> {
  const readers = runs.map((spool) => spool.read()[Symbol.asyncIterator]());
  try {
    const heads = await Promise.all(readers.map((reader) => reader.next()));
    for (;;) {
      let first = -1;
      for (let index = 0; index < heads.length; index++) {
        const head = heads[index];
        if (head.done) continue;
        if (first === -1 || compare(head.value, heads[first].value as T) < 0) first = index;
      }
      if (first === -1) return;
      yield heads[first].value as T;
      heads[first] = await readers[first].next();
    }
  } finally {
    for (const reader of readers) await reader.return?.(undefined);
  }
}
