// `seed` writes files into the graph (MERGE) but neither retracts what the
// files no longer hold nor records what it wrote in the corpus the database
// keeps (docs/sync.md). Over a kept corpus that the files do not equal, a
// seed would leave the graph and the kept corpus disagreeing, and the next
// apply or export would not see the seeded change. So it is refused, pointing
// at apply, which makes the same change as a diff and keeps both equal; a
// seed of files the kept corpus equals (a rerun) goes ahead, changing nothing.
import type { Executor } from '../db/executor';
import { currentCorpus } from '../repositories/annotation-store';
import { itemContent, itemsFromFiles, keyedItems } from './annotation-items';
import type { AnnotationItem } from './annotation-items';
import { readCorpusDir } from './corpus-dir';

export interface CorpusDifference {
  kind: string;
  id: string;
  /** Where it differs: only in the files, only in the kept corpus, or in both, differently. */
  how: 'only in the files' | 'only in the database' | 'changed';
}

/** The items the files and the kept corpus do not agree on, in the kept corpus's key order. */
export function corpusDifferences(
  kept: ReadonlyMap<string, AnnotationItem>,
  files: ReadonlyMap<string, AnnotationItem>,
): CorpusDifference[] {
  const differences: CorpusDifference[] = [];
  for (const key of new Set([...kept.keys(), ...files.keys()])) {
    const ours = kept.get(key);
    const theirs = files.get(key);
    if (itemContent(ours) === itemContent(theirs)) continue;
    const item = (theirs ?? ours)!;
    const how = !ours ? 'only in the files' : !theirs ? 'only in the database' : 'changed';
    differences.push({ kind: item.kind, id: item.id, how });
  }
  return differences;
}

/** Whether the database keeps an annotation corpus (it was seeded, applied to or changed through the API). */
export async function keepsCorpus(executor: Executor): Promise<boolean> {
  const [{ edition }] = await executor.read<{ edition: number }>('annotation-corpus-edition', {});
  return edition > 0;
}

export class SeedOverKeptCorpusError extends Error {
  constructor(
    readonly edition: number,
    readonly differences: CorpusDifference[],
  ) {
    const shown = differences.slice(0, 10).map((d) => `${d.kind} ${d.id} (${d.how})`);
    const more = differences.length > shown.length ? `, and ${differences.length - shown.length} more` : '';
    super(
      `seed refused: the database keeps an annotation corpus (edition ${edition}) that differs from the files in ` +
        `${differences.length} item(s): ${shown.join(', ')}${more}. seed only adds to the graph and would not record ` +
        'the change in the kept corpus; bring file changes to a database that keeps a corpus with ' +
        '`peacegraph apply` (a diff, in one transaction, that also retracts and keeps the corpus and graph equal). ' +
        'Nothing was written.',
    );
    this.name = 'SeedOverKeptCorpusError';
  }
}

/** Refuses (SeedOverKeptCorpusError) a seed of `seedDir` over a kept corpus the files do not equal. */
export async function refuseSeedOverChangedCorpus(executor: Executor, seedDir: string): Promise<void> {
  if (!(await keepsCorpus(executor))) return;
  const state = await currentCorpus(executor, () => undefined, seedDir);
  const files = keyedItems(itemsFromFiles(await readCorpusDir(seedDir)));
  const differences = corpusDifferences(state.items, files);
  if (differences.length > 0) throw new SeedOverKeptCorpusError(state.edition, differences);
}
