// The three ways the annotation corpus changes or leaves the server, each one
// change of annotation-repository's changeCorpus (validated, one transaction,
// logged with its author): an item added, edited or retracted through the
// API; files applied; and the corpus read back as files (export).
import { BadUserInputError, ConflictError } from '../errors/api-errors';
import type { Doc } from '../repositories/annotation-change';
import { changeCorpus, validated } from '../repositories/annotation.repository';
import type { AnnotationWriteContext, CorpusChangeResult, ItemRef } from '../repositories/annotation.repository';
import { shownAnnotationPath } from '../repositories/annotation-source';
import { currentCorpus } from '../repositories/annotation-store';
import type { Executor, QueryObserver } from '../db/executor';
import { filesFromItems, itemsFromFiles, keyedItems } from './annotation-items';
import type { AnnotationFileText, CorpusFiles } from './annotation-items';
import { planApply } from './apply-plan';
import type { ApplyConflict } from './apply-plan';
import { addItem, retractItem, updateItem } from './item-edits';
import type { EditKind } from './item-edits';
import { submittedItem } from './submitted-item';

/** `sent`: the item's text as the client sent it, so problems can say their line there. */
export type ItemEdit =
  | { how: 'add'; kind: EditKind; item: Doc; article: string | null; sent?: string }
  | { how: 'update'; kind: EditKind; id: string; item: Doc; sent?: string }
  | { how: 'retract'; kind: EditKind; id: string; cascade: boolean };

export function editAnnotation(context: AnnotationWriteContext, edit: ItemEdit): Promise<CorpusChangeResult> {
  return changeCorpus(context, (state) => {
    const items = [...state.items.values()];
    const next =
      edit.how === 'add'
        ? addItem(items, edit.kind, edit.item, edit.article)
        : edit.how === 'update'
          ? updateItem(items, edit.kind, edit.id, edit.item)
          : retractItem(items, edit.kind, edit.id, edit.cascade);
    const { sent, ...logged } = edit as ItemEdit & { sent?: string };
    // add appends the new item; update replaces its target in place. A stance lives in its statement.
    const placed =
      edit.how === 'retract' || edit.kind === 'stance'
        ? undefined
        : edit.how === 'add'
          ? next[next.length - 1]
          : next.find((item, index) => item !== items[index]);
    return {
      files: filesFromItems(next),
      submitted: placed && sent !== undefined ? [submittedItem(next, placed, sent, context.seedDir)] : [],
      log: { kind: `${edit.how}Annotation`, payload: logged },
    };
  });
}

export interface ApplyInput {
  /** Annotation files as they are on disk. */
  files: AnnotationFileText[];
  /** Article texts as they are on disk. */
  articles: { file: string; text: string }[];
  /**
   * Files the client found equal to the server's at `edition` and did not
   * send (apply --server sends only what differs): taken from the server.
   */
  unchanged?: string[];
  edition?: number;
}

export type ApplyResult = CorpusChangeResult & { serverAhead: ItemRef[] };

/**
 * The files on disk made the corpus: per item, what the files changed since
 * the last sync is taken, what only the API changed is kept, and an item both
 * changed refuses the whole apply with CONFLICT (apply-plan.ts).
 */
export async function applyAnnotationFiles(context: AnnotationWriteContext, input: ApplyInput): Promise<ApplyResult> {
  checkNames(input);
  let serverAhead: ItemRef[] = [];
  const result = await changeCorpus(context, (state) => {
    const unchanged = new Set(input.unchanged ?? []);
    if (unchanged.size > 0 && input.edition !== state.edition)
      throw new ConflictError(
        `The server's corpus changed since the files were compared with it (edition ${String(input.edition)}, ` +
          `now ${state.edition}): apply again`,
        { edition: state.edition },
      );
    const current = filesFromItems([...state.items.values()]);
    const kept = current.files.filter((file) => unchanged.has(file.name));
    const disk: CorpusFiles = {
      files: [...input.files, ...kept].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
      articleTexts: new Map([...current.articleTexts, ...input.articles.map((a) => [a.file, a.text] as const)]),
    };
    // The files as sent first, so problems point at the lines on disk.
    validated(
      disk,
      context.seedDir,
      input.files.map((file) => ({
        file: shownAnnotationPath(context.seedDir, file.name),
        at: [],
        text: file.content,
      })),
    );
    const plan = planApply(state.stored, keyedItems(itemsFromFiles(disk)));
    if (plan.conflicts.length > 0) throw conflictError(plan.conflicts);
    serverAhead = plan.serverAhead;
    return {
      files: filesFromItems(plan.items),
      synced: (key) => plan.synced.has(key),
      log: { kind: 'applyAnnotations', payload: { files: input.files.map((file) => file.name) } },
    };
  });
  return { ...result, serverAhead };
}

function checkNames(input: ApplyInput): void {
  for (const file of input.files)
    if (!/^[^/\\]+\.yaml$/.test(file.name))
      throw new BadUserInputError(`an annotation file is named <stem>.yaml, got "${file.name}"`, { argument: 'files' });
  for (const article of input.articles)
    if (!/^[^/\\]+\.txt$/.test(article.file))
      throw new BadUserInputError(`an article text file is named <stem>.txt, got "${article.file}"`, {
        argument: 'articles',
      });
}

function conflictError(conflicts: ApplyConflict[]): ConflictError {
  const first = conflicts[0];
  const named = conflicts.map((conflict) => `${conflict.kind} ${conflict.id}`).join(', ');
  return new ConflictError(
    `${conflicts.length} item(s) changed both in the files and through the API since the last sync: ${named}. ` +
      `Nothing was applied. ${first.kind} ${first.id} in the files: ${JSON.stringify(first.files?.item ?? null)}; ` +
      `on the server: ${JSON.stringify(first.server?.item ?? null)}. Bring the files to one version ` +
      "(export-annotations writes the server's) and apply again; extensions.conflicts has every version.",
    { conflicts },
  );
}

/** The corpus the graph holds, as annotation files in normal form. */
export async function exportAnnotations(
  executor: Executor,
  observe: QueryObserver,
  seedDir: string,
): Promise<{ edition: number; files: CorpusFiles }> {
  const state = await currentCorpus(executor, observe, seedDir);
  return { edition: state.edition, files: filesFromItems([...state.items.values()]) };
}
