// Mutations, the honest way: a change is turned into annotations, merged
// with the annotation files under seed/ and every change made before (the
// log in the graph), validated by the seeder's own validateCorpus, and the
// rows the seeder would write for it land in one transaction together with
// the change's log entry. So an edit through the API is held to exactly the
// rules of an edit to the YAML files, and is all-or-nothing.
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
import { validateCorpus } from '../seed/validate-corpus';
import { edgesByType, edgeWriteQuery } from '../seed/write-queries';
import { assertWritten } from '../seed/written-count';
import { AnnotationDocs } from './annotation-change';
import type { AnnotationChange } from './annotation-change';
import { readAnnotationSource } from './annotation-source';
import { changedRows } from './graph-row-diff';

export interface AnnotationWriteContext {
  executor: Executor;
  observe: QueryObserver;
  /** The seed directory the server was started with (SEED_DIR). */
  seedDir: string;
  /** Who makes the change (the API key's name), kept in the log. */
  author: string;
}

// One change at a time in this process: each validates against the log as
// the previous one left it. (Several server processes writing at once are
// not coordinated beyond the id uniqueness constraint.)
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

export function applyAnnotationChange(context: AnnotationWriteContext, change: AnnotationChange): Promise<void> {
  return oneAtATime(async () => {
    const docs = new AnnotationDocs(await readAnnotationSource(context.seedDir));
    const log = await context.executor.read<{ seq: number; payload: string }>(
      'annotation-changes',
      {},
      context.observe,
    );
    for (const entry of log) replay(docs, entry);
    const before = corpusOrNull(docs);

    docs.apply(change);
    const after = validated(docs);
    const rows = changedRows(before && toGraphRows(before), toGraphRows(after));

    await context.executor.writeTransaction(async (tx) => {
      const run = async (query: string, params: Record<string, unknown>) => {
        context.observe(query);
        return tx.run(namedQuery(query), params);
      };
      // Each batch must write every row it was given (written-count.ts):
      // an edge whose end or type the query does not know fails the change.
      const write = async (query: string, batch: unknown[]) =>
        assertWritten(query, await run(query, { rows: batch }), batch.length);
      // Nodes first: edge rows MATCH both their ends.
      for (const label of NODE_LABELS) {
        if (rows.nodes[label].length > 0) await write(NODE_WRITE_QUERY[label], rows.nodes[label]);
      }
      // One small write per type, as the seeder does: the one query for every type
      // (seed-edges) holds a branch per type and took seconds to plan under load.
      for (const [type, edges] of edgesByType(rows.edges)) {
        const name = `edge-write-${type}`;
        context.observe(name);
        assertWritten(name, await tx.run(edgeWriteQuery(type, 'merge'), { rows: edges }), edges.length);
      }
      await run('annotation-change-append', {
        kind: change.kind,
        payload: JSON.stringify(change),
        author: context.author,
      });
      await appendChanges(tx, mutationChanges(rows, before, context.author, change.kind));
    });
    // The answer to a change comes after a search can find what it wrote.
    await awaitSearchIndexRefresh(context.executor);
  });
}

function replay(docs: AnnotationDocs, entry: { seq: number; payload: string }): void {
  const change = JSON.parse(entry.payload) as AnnotationChange;
  // Committed to seed/ since it was made (and seeded from there): the files say it already.
  if (docs.holds(change)) return;
  try {
    docs.apply(change);
  } catch (error) {
    // The annotation files changed under the log in a way that contradicts it: no mutation can be
    // validated until someone reconciles the two, and every caller should hear why.
    throw new ConflictError(
      `Mutations are blocked: change ${entry.seq} (${change.kind}) in the graph's change log no longer applies ` +
        `to the annotation files under seed/ (${(error as Error).message}); the files and the log must be reconciled`,
    );
  }
}

/** The corpus before the change, to tell new rows from old; null if it does not validate (then every row is written). */
function corpusOrNull(docs: AnnotationDocs): Corpus | null {
  try {
    return validateCorpus({ files: docs.files(), articleTexts: docs.articleTexts });
  } catch {
    return null;
  }
}

/** The corpus after the change, or BAD_USER_INPUT with the validator's problems. */
function validated(docs: AnnotationDocs): Corpus {
  try {
    return validateCorpus({ files: docs.files(), articleTexts: docs.articleTexts });
  } catch (error) {
    if (!(error instanceof AnnotationValidationError)) throw error;
    const count = error.problems.length === 1 ? '1 problem' : `${error.problems.length} problems`;
    throw new BadUserInputError(
      `The change was refused by the annotation rules, ${count}: ${formatProblem(error.problems[0])}`,
      {
        problems: error.problems,
      },
    );
  }
}
