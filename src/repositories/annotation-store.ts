// The annotation corpus the graph holds, as this process knows it: the items
// kept in the database (docs/sync.md), read again only when another change
// advanced the corpus's edition, so a change costs one small read when
// nothing else wrote. The first time a database is used this way, the corpus
// is recorded from the files it was seeded from (SEED_DIR), with the changes
// logged before then replayed over them.
import path from 'node:path';
import type { Executor, QueryObserver } from '../db/executor';
import { namedQuery } from '../db/named-queries';
import { ConflictError } from '../errors/api-errors';
import { AnnotationValidationError, formatProblem } from '../seed/annotation-error';
import { toGraphRows } from '../seed/graph-rows';
import type { GraphRows } from '../seed/graph-rows';
import type { Corpus } from '../seed/corpus';
import { validateCorpus } from '../seed/validate-corpus';
import { filesFromItems, itemContent, itemsFromFiles, keyedItems } from '../sync/annotation-items';
import type { AnnotationItem, CorpusFiles } from '../sync/annotation-items';
import { isItemKind } from '../sync/item-kinds';
import { AnnotationDocs } from './annotation-change';
import type { AnnotationChange } from './annotation-change';
import { readAnnotationSource, shownAnnotationPath } from './annotation-source';

/** An item as kept: its current version (absent once retracted) and the one the files had at the last sync. */
export interface StoredItem {
  key: string;
  /** Null once retracted through the API while the files still hold it. */
  item: AnnotationItem | null;
  /** itemContent() of the version the files had at the last sync; null when the files did not hold it. */
  base: string | null;
}

export interface CorpusState {
  edition: number;
  /** Which recording of the corpus: a database emptied and seeded again starts another. */
  uuid: string | null;
  stored: Map<string, StoredItem>;
  /** The live items, by key. */
  items: Map<string, AnnotationItem>;
  corpus: Corpus;
  rows: GraphRows;
}

interface ItemRecord {
  key: string;
  kind: string;
  id: string;
  home: string;
  pos: number;
  body: string | null;
  text: string | null;
  base: string | null;
  retracted: boolean;
}

// Keyed by the connection every request's executor shares, not by the executor itself (one per request).
const cache = new WeakMap<object, CorpusState>();

/** The corpus at the database's current edition, recorded from `seedDir` if the database has none yet. */
export async function currentCorpus(executor: Executor, observe: QueryObserver, seedDir: string): Promise<CorpusState> {
  const [{ edition, uuid }] = await executor.read<{ edition: number; uuid: string | null }>(
    'annotation-corpus-edition',
    {},
    observe,
  );
  const cached = cache.get(executor.cacheKey);
  if (cached && cached.edition === edition && cached.uuid === uuid) return cached;
  if (edition === 0) await recordSeededCorpus(executor, seedDir, observe);
  const state = await readCorpus(executor, observe, seedDir);
  cache.set(executor.cacheKey, state);
  return state;
}

/** Keeps a state this process just committed, so its next change need not read it back. */
export function rememberCorpus(executor: Executor, state: CorpusState): void {
  cache.set(executor.cacheKey, state);
}

async function readCorpus(executor: Executor, observe: QueryObserver, seedDir: string): Promise<CorpusState> {
  const { edition, uuid, stored } = await executor.readTransaction(async (tx) => {
    observe('annotation-corpus-edition');
    const corpusRow = (await tx.run(namedQuery('annotation-corpus-edition'))).records[0];
    const edition = corpusRow.get('edition') as number;
    const uuid = corpusRow.get('uuid') as string | null;
    observe('annotation-items');
    const records = (await tx.run(namedQuery('annotation-items'))).records.map((r) => r.toObject() as ItemRecord);
    const stored = new Map<string, StoredItem>();
    for (const record of records) {
      if (!isItemKind(record.kind)) continue;
      const item: AnnotationItem | null =
        record.retracted || record.body === null
          ? null
          : {
              kind: record.kind,
              id: record.id,
              home: record.home,
              pos: record.pos,
              body: JSON.parse(record.body) as AnnotationItem['body'],
              ...(record.text !== null ? { text: record.text } : {}),
            };
      stored.set(record.key, { key: record.key, item, base: record.base });
    }
    return { edition, uuid, stored };
  });
  try {
    return stateOf(edition, uuid, stored, seedDir);
  } catch (error) {
    if (!(error instanceof AnnotationValidationError)) throw error;
    // Only a write that went around the corpus (a Cypher client, a partial clean-up) can leave it so.
    throw new ConflictError(
      `The annotation corpus the database keeps (edition ${edition}) does not validate; no change can be made ` +
        `until it is repaired: ${formatProblem(error.problems[0])}`,
      { problems: error.problems },
    );
  }
}

/** The state of a set of stored items: their live items, the corpus they make and its graph rows. */
export function stateOf(
  edition: number,
  uuid: string | null,
  stored: Map<string, StoredItem>,
  seedDir: string,
): CorpusState {
  const items = new Map<string, AnnotationItem>();
  for (const [key, entry] of stored) if (entry.item) items.set(key, entry.item);
  const corpus = validateCorpus(forValidation(filesFromItems([...items.values()]), seedDir));
  return { edition, uuid, stored, items, corpus, rows: toGraphRows(corpus) };
}

/** Annotation files named as the validator shows them to users (seed/annotations/<name>). */
export function forValidation(files: CorpusFiles, seedDir: string) {
  return {
    files: files.files.map((file) => ({ path: shownAnnotationPath(seedDir, file.name), content: file.content })),
    articleTexts: files.articleTexts,
  };
}

/**
 * The first use of a database seeded from files: its corpus is those files
 * (synced: their version is the base) with the changes logged before the
 * corpus was kept replayed over them (made through the API: not in the
 * files). Under the corpus lock, so of several processes one records it.
 * Seeding calls it right away, so the first request never writes; a
 * database seeded before the corpus was kept records it at its first change.
 */
export async function recordSeededCorpus(
  executor: Executor,
  seedDir: string,
  observe: QueryObserver = () => undefined,
): Promise<void> {
  const source = await readAnnotationSource(seedDir);
  const files: CorpusFiles = {
    files: source.files.map((file) => ({ name: path.basename(file.path), content: file.content })),
    articleTexts: source.articleTexts,
  };
  const fromFiles = keyedItems(itemsFromFiles(files));
  const logged = await executor.read<{ seq: number; payload: string }>('annotation-changes-unrecorded', {}, observe);
  const docs = new AnnotationDocs(source);
  for (const entry of logged) replay(docs, entry);
  const replayed = keyedItems(
    itemsFromFiles({
      files: docs.files().map((file) => ({ name: path.basename(file.path), content: file.content })),
      articleTexts: docs.articleTexts,
    }),
  );
  const rows = [...new Set([...fromFiles.keys(), ...replayed.keys()])].map((key) => {
    const item = replayed.get(key) ?? null;
    return { key, props: itemProps(item, itemContent(fromFiles.get(key)), 1, (item ?? fromFiles.get(key))!) };
  });
  await executor.writeTransaction(async (tx) => {
    observe('annotation-corpus-lock');
    await tx.run(namedQuery('annotation-corpus-lock'));
    const edition = (await tx.run(namedQuery('annotation-corpus-edition'))).records[0].get('edition') as number;
    if (edition !== 0) return; // another process recorded it meanwhile
    observe('annotation-items-write');
    await tx.run(namedQuery('annotation-items-write'), { rows, author: 'seed' });
    observe('annotation-corpus-advance');
    await tx.run(namedQuery('annotation-corpus-advance'), { edition: 1 });
  });
}

/**
 * Records items a seed added over a kept corpus (seed-over-kept-corpus.ts),
 * synced with their files, as one new edition under the corpus lock; items
 * another process recorded meanwhile are left as they are.
 */
export async function recordSeededAdditions(
  executor: Executor,
  added: readonly { key: string; item: AnnotationItem }[],
  observe: QueryObserver = () => undefined,
): Promise<void> {
  if (added.length === 0) return;
  await executor.writeTransaction(async (tx) => {
    observe('annotation-corpus-lock');
    await tx.run(namedQuery('annotation-corpus-lock'));
    const edition = ((await tx.run(namedQuery('annotation-corpus-edition'))).records[0].get('edition') as number) + 1;
    const rows = added.map(({ key, item }) => ({ key, props: itemProps(item, itemContent(item), edition, item) }));
    observe('annotation-items-add');
    await tx.run(namedQuery('annotation-items-add'), { rows, author: 'seed' });
    observe('annotation-corpus-advance');
    await tx.run(namedQuery('annotation-corpus-advance'), { edition });
  });
}

/** The properties an item is kept with (annotation-items-write); a retracted one keeps what it was (`was`). */
export function itemProps(item: AnnotationItem | null, base: string | null, edition: number, was: AnnotationItem) {
  return {
    kind: was.kind,
    id: was.id,
    home: was.home,
    pos: item?.pos ?? was.pos,
    body: item ? JSON.stringify(item.body) : null,
    text: item?.text ?? null,
    base,
    retracted: item === null,
    edition,
  };
}

function replay(docs: AnnotationDocs, entry: { seq: number; payload: string }): void {
  const change = JSON.parse(entry.payload) as AnnotationChange;
  // Committed to the files since it was made: the files say it already.
  if (docs.holds(change)) return;
  try {
    docs.apply(change);
  } catch (error) {
    throw new ConflictError(
      `The corpus cannot be recorded: change ${entry.seq} (${change.kind}) in the graph's change log no longer ` +
        `applies to the annotation files (${(error as Error).message}); the files and the log must be reconciled`,
    );
  }
}
