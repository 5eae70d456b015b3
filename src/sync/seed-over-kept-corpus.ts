// `seed` writes files into the graph (MERGE) and never retracts (docs/sync.md).
// Over a kept corpus, files that only add items (new articles, actors, ...)
// are seeded and the new items recorded in the kept corpus, so graph and
// corpus stay equal; items the files lack stay in both. Files that change an
// item the corpus keeps are refused, pointing at apply, which makes the change
// as a diff: a seed would overwrite the graph's version and leave the kept
// corpus, and the next apply or export, with the old one.
import type { Executor } from '../db/executor';
import { currentCorpus } from '../repositories/annotation-store';
import { itemContent, itemsFromFiles, keyedItems } from './annotation-items';
import type { AnnotationItem } from './annotation-items';
import { readCorpusDir } from './corpus-dir';

/** An item with the key the kept corpus holds it under. */
export interface KeyedItem {
  key: string;
  item: AnnotationItem;
}

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
      `seed refused: the files change ${differences.length} item(s) of the annotation corpus the database keeps ` +
        `(edition ${edition}): ${shown.join(', ')}${more}. seed adds to the graph and to the kept corpus but does not ` +
        'change what they hold; bring changes to a database that keeps a corpus with ' +
        '`peacegraph apply` (a diff, in one transaction, that also retracts and keeps the corpus and graph equal). ' +
        'Nothing was written.',
    );
    this.name = 'SeedOverKeptCorpusError';
  }
}

/**
 * Over a kept corpus: refuses (SeedOverKeptCorpusError) files that change an
 * item it keeps, and returns the items the files add, to be recorded once
 * seeded (recordSeededAdditions). Null when the database keeps no corpus yet.
 */
export async function itemsSeedAdds(executor: Executor, seedDir: string): Promise<KeyedItem[] | null> {
  if (!(await keepsCorpus(executor))) return null;
  const state = await currentCorpus(executor, () => undefined, seedDir);
  const files = keyedItems(itemsFromFiles(await readCorpusDir(seedDir)));
  const differences = corpusDifferences(state.items, files);
  const changed = differences.filter((difference) => difference.how === 'changed');
  if (changed.length > 0) throw new SeedOverKeptCorpusError(state.edition, changed);
  return [...files.entries()].filter(([key]) => !state.items.has(key)).map(([key, item]) => ({ key, item }));
}
