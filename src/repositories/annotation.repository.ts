// Every change to the annotation corpus, the honest way: the change is made
// to the corpus the graph holds (kept in the database, annotation-store.ts),
// the result is validated by the seeder's own validateCorpus, exactly as
// files are, and in ONE transaction the graph rows that differ are written
// (MERGE, SET) or deleted, the corpus items are updated, the corpus's edition
// advances and the change is logged with who made it. So an edit through the
// API or a set of files applied to the server is held to exactly the rules
// of an edit to the YAML files, and is all-or-nothing.
import path from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import { appendChanges } from '../changes/append-changes';
import { mutationChanges } from '../changes/change-records';
import { awaitSearchIndexRefresh } from '../db/search-index-refresh';
import { namedQuery } from '../db/named-queries';
import type { Executor, QueryObserver } from '../db/executor';
import { BadUserInputError, ConflictError } from '../errors/api-errors';
import { AnnotationValidationError, formatProblem } from '../seed/annotation-error';
import type { Corpus } from '../seed/corpus';
import { NODE_LABELS } from '../domain';
import { NODE_WRITE_QUERY, toGraphRows } from '../seed/graph-rows';
import { locateInSubmitted } from '../seed/submitted-locations';
import type { SubmittedText } from '../seed/submitted-locations';
import { validateCorpus } from '../seed/validate-corpus';
import { edgesByType, edgeWriteQuery } from '../seed/write-queries';
import { assertWritten } from '../seed/written-count';
import { filesFromItems, itemContent, itemsFromFiles, keyedItems } from '../sync/annotation-items';
import type { AnnotationItem, CorpusFiles } from '../sync/annotation-items';
import { edgeDeleteOfType } from '../sync/edge-delete-query';
import type { ItemKind } from '../sync/item-kinds';
import { AnnotationDocs } from './annotation-change';
import type { AnnotationChange, Doc } from './annotation-change';
import { shownAnnotationPath } from './annotation-source';
import { currentCorpus, forValidation, itemProps, rememberCorpus } from './annotation-store';
import type { CorpusState, StoredItem } from './annotation-store';
import { changedRows, removedRows } from './graph-row-diff';
import { changeQueue } from './change-queue';

export interface AnnotationWriteContext {
  executor: Executor;
  observe: QueryObserver;
  /** The seed directory the server was started with (SEED_DIR): the corpus's origin, and how problems name files. */
  seedDir: string;
  /** Who makes the change (the API key's name), kept in the log and on the items. */
  author: string;
}

/** What a change makes of the corpus it is given. */
export interface CorpusEdit {
  /** The whole corpus after the change, as annotation files; validated before anything is written. */
  files: CorpusFiles;
  /** Keys whose current version the files now hold too (a sync point: apply). Default: none. */
  synced?: (key: string) => boolean;
  /** What the log records: the kind of change and its payload. */
  log: { kind: string; payload: unknown };
  /** The texts the client sent and where they went, so problems say their line there. Default: none. */
  submitted?: SubmittedText[];
}

export interface ItemRef {
  kind: ItemKind;
  id: string;
}

export interface CorpusChangeResult {
  /** The corpus's edition after the change (unchanged when the change changed nothing). */
  edition: number;
  created: ItemRef[];
  updated: ItemRef[];
  retracted: ItemRef[];
}

// One change at a time in this process, each decided on the corpus the
// previous one left (change-queue.ts says why a stuck change cannot hold it).
const oneAtATime = changeQueue();

/** Another process changed the corpus between the read and the write: decide again on the new one. */
class StaleCorpus extends Error {}
const ATTEMPTS = 5;

/** Makes `decide`'s change to the corpus, validated, in one transaction; refused whole with BAD_USER_INPUT. */
export function changeCorpus(
  context: AnnotationWriteContext,
  decide: (state: CorpusState) => CorpusEdit,
): Promise<CorpusChangeResult> {
  return oneAtATime(async () => {
    for (let attempt = 1; ; attempt++) {
      const state = await currentCorpus(context.executor, context.observe, context.seedDir);
      try {
        return await commit(context, state, decide(state));
      } catch (error) {
        if (!(error instanceof StaleCorpus)) throw error;
        if (attempt === ATTEMPTS)
          throw new ConflictError('The annotation corpus kept changing while this change was made; send it again');
      }
    }
  });
}

/** The mutations that add (addArticle, addStatement, ...): made to the corpus's files as an editor would. */
export async function applyAnnotationChange(
  context: AnnotationWriteContext,
  change: AnnotationChange,
  /** publishArticle's annotation as the client sent it, so problems say their line there. */
  sent?: { argument: string; text: string },
): Promise<void> {
  await changeCorpus(context, (state) => {
    const files = filesFromItems([...state.items.values()]);
    const docs = new AnnotationDocs({
      files: files.files.map((file) => ({
        path: shownAnnotationPath(context.seedDir, file.name),
        content: file.content,
      })),
      articleTexts: files.articleTexts,
      annotationPath: (stem) => shownAnnotationPath(context.seedDir, `${stem}.yaml`),
    });
    docs.apply(change);
    return {
      files: {
        files: docs.files().map((file) => ({ name: path.basename(file.path), content: file.content })),
        articleTexts: docs.articleTexts,
      },
      log: { kind: change.kind, payload: change },
      submitted:
        sent && change.kind === 'publishArticle' ? [publishedText(context.seedDir, change.document, sent)] : [],
    };
  });
}

/** A published annotation becomes, as it was sent, the file named after its article's text file. */
function publishedText(seedDir: string, document: Doc, sent: { argument: string; text: string }): SubmittedText {
  const file = String((document.article as Doc | undefined)?.file ?? '');
  return { file: shownAnnotationPath(seedDir, `${file.replace(/\.txt$/, '')}.yaml`), at: [], ...sent };
}

async function commit(
  context: AnnotationWriteContext,
  state: CorpusState,
  edit: CorpusEdit,
): Promise<CorpusChangeResult> {
  const corpus = validated(edit.files, context.seedDir, edit.submitted);
  const after = keyedItems(itemsFromFiles(edit.files));
  const edition = state.edition + 1;
  const items = itemChanges(state.stored, after, edit.synced ?? (() => false), edition);
  const rows = toGraphRows(corpus);
  const written = changedRows(state.rows, rows);
  const removed = removedRows(state.rows, rows);
  if (items.writes.length === 0 && items.deletes.length === 0) {
    return { edition: state.edition, created: [], updated: [], retracted: [] };
  }

  await context.executor.writeTransaction(async (tx) => {
    const run = (query: string, params: Record<string, unknown> = {}) => {
      context.observe(query);
      return tx.run(namedQuery(query), params);
    };
    // The corpus lock first, then its edition: read under the lock, it is the
    // one the last committed change left.
    await run('annotation-corpus-lock');
    const current = (await run('annotation-corpus-edition')).records[0];
    if (current.get('edition') !== state.edition || current.get('uuid') !== state.uuid) throw new StaleCorpus();

    await writeGraph(tx, context.observe, written, removed);
    if (items.writes.length > 0) await run('annotation-items-write', { rows: items.writes, author: context.author });
    if (items.deletes.length > 0) await run('annotation-items-delete', { keys: items.deletes });
    await run('annotation-corpus-advance', { edition });
    await run('annotation-change-record', {
      kind: edit.log.kind,
      payload: JSON.stringify(edit.log.payload),
      author: context.author,
      edition,
    });
    // Last, so its records are dated at the commit (src/changes/).
    await appendChanges(tx, mutationChanges(written, state.rows, context.author, edit.log.kind, removed));
  });
  rememberCorpus(context.executor, { edition, uuid: state.uuid, stored: items.stored, items: after, corpus, rows });
  // The answer to a change comes after a search can find what it wrote.
  await awaitSearchIndexRefresh(context.executor);
  return { edition, created: items.created, updated: items.updated, retracted: items.retracted };
}

/** Edges first out, then nodes; nodes in before edges: an edge row MATCHes both its ends. */
async function writeGraph(
  tx: ManagedTransaction,
  observe: QueryObserver,
  written: ReturnType<typeof changedRows>,
  removed: ReturnType<typeof removedRows>,
): Promise<void> {
  for (const [type, edges] of edgesByType(removed.edges)) {
    observe(`edge-delete-${type}`);
    await tx.run(edgeDeleteOfType(type), { rows: edges.map(({ from, to, key }) => ({ from, to, key })) });
  }
  if (removed.nodeIds.length > 0) {
    observe('annotation-nodes-delete');
    await tx.run(namedQuery('annotation-nodes-delete'), { ids: removed.nodeIds });
  }
  // Each batch must write every row it was given (written-count.ts):
  // an edge whose end or type the query does not know fails the change.
  for (const label of NODE_LABELS) {
    const batch = written.nodes[label];
    if (batch.length === 0) continue;
    observe(NODE_WRITE_QUERY[label]);
    assertWritten(
      NODE_WRITE_QUERY[label],
      await tx.run(namedQuery(NODE_WRITE_QUERY[label]), { rows: batch }),
      batch.length,
    );
  }
  // One small write per type, as the seeder does.
  for (const [type, edges] of edgesByType(written.edges)) {
    const name = `edge-write-${type}`;
    observe(name);
    assertWritten(name, await tx.run(edgeWriteQuery(type, 'merge'), { rows: edges }), edges.length);
  }
}

interface ItemChanges {
  writes: { key: string; props: ReturnType<typeof itemProps> }[];
  deletes: string[];
  stored: Map<string, StoredItem>;
  created: ItemRef[];
  updated: ItemRef[];
  retracted: ItemRef[];
}

/**
 * The corpus items to write: each item whose version, place or base changed.
 * An item retracted while the files still hold it is kept as retracted, its
 * base remembered, so a later sync can tell a retraction from an addition on
 * disk; once the files no longer hold it either, it is forgotten.
 */
function itemChanges(
  before: Map<string, StoredItem>,
  after: Map<string, AnnotationItem>,
  synced: (key: string) => boolean,
  edition: number,
): ItemChanges {
  const changes: ItemChanges = { writes: [], deletes: [], stored: new Map(), created: [], updated: [], retracted: [] };
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const previous = before.get(key);
    const item = after.get(key) ?? null;
    const base = synced(key) ? itemContent(item ?? undefined) : (previous?.base ?? null);
    const was = previous?.item ?? undefined;
    const ref = (item ?? was)!;
    if (item && !was) changes.created.push({ kind: item.kind, id: item.id });
    else if (!item && was) changes.retracted.push({ kind: was.kind, id: was.id });
    else if (item && was && itemContent(item) !== itemContent(was))
      changes.updated.push({ kind: item.kind, id: item.id });

    if (!item && base === null) {
      if (previous) changes.deletes.push(key);
      continue;
    }
    const entry: StoredItem = { key, item, base };
    changes.stored.set(key, entry);
    const same =
      previous &&
      previous.base === base &&
      itemContent(was) === itemContent(item ?? undefined) &&
      (was?.pos ?? 0) === (item?.pos ?? 0);
    if (!same) changes.writes.push({ key, props: itemProps(item, base, edition, ref) });
  }
  return changes;
}

/**
 * The corpus `files` make, or BAD_USER_INPUT with the validator's problems,
 * each at its line and column in the `submitted` text it lies in.
 */
export function validated(files: CorpusFiles, seedDir: string, submitted: readonly SubmittedText[] = []): Corpus {
  try {
    return validateCorpus(forValidation(files, seedDir));
  } catch (error) {
    if (!(error instanceof AnnotationValidationError)) throw error;
    const problems = locateInSubmitted(error.problems, submitted);
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    throw new BadUserInputError(
      `The change was refused by the annotation rules, ${count}: ${formatProblem(problems[0])}`,
      {
        problems,
      },
    );
  }
}
