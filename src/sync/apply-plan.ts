// What applying files to the server does, item by item, judged against the
// version of each item the files had at the last sync (its base):
// - the files and the server agree: nothing to write (and the item is synced);
// - only the files changed it (the server still has the base): the files'
//   version is taken: created, updated or retracted;
// - only the server changed it (the files still have the base): the server's
//   is kept, and reported, since an export would bring it to the files;
// - both changed it, differently: a conflict. One conflict refuses the whole
//   apply, every conflict shown with both versions.
import type { StoredItem } from '../repositories/annotation-store';
import type { Doc } from '../repositories/annotation-change';
import { itemContent, itemKey } from './annotation-items';
import type { AnnotationItem } from './annotation-items';
import type { ItemKind } from './item-kinds';

export interface ApplyConflict {
  kind: ItemKind;
  id: string;
  /** The version in the files applied (null: they retract it). */
  files: AnnotationVersion | null;
  /** The version the server holds (null: retracted through the API). */
  server: AnnotationVersion | null;
  /** The version both had at the last sync (null: neither had it). */
  base: AnnotationVersion | null;
}

export interface AnnotationVersion {
  /** The annotation file (without .yaml) that declares it. */
  file: string;
  item: Doc;
  text?: string;
}

export interface ApplyPlan {
  /** The corpus after the apply. */
  items: AnnotationItem[];
  /** Keys whose current version the files now hold. */
  synced: Set<string>;
  /** Items changed only through the API since the last sync: kept. */
  serverAhead: { kind: ItemKind; id: string }[];
  conflicts: ApplyConflict[];
}

const version = (item: AnnotationItem | null | undefined): AnnotationVersion | null =>
  item ? { file: item.home, item: item.body, ...(item.text !== undefined ? { text: item.text } : {}) } : null;

function fromContent(content: string | null): AnnotationVersion | null {
  if (content === null) return null;
  const { home, body, text } = JSON.parse(content) as { home: string; body: Doc; text: string | null };
  return { file: home, item: body, ...(text !== null ? { text } : {}) };
}

export function planApply(stored: Map<string, StoredItem>, disk: Map<string, AnnotationItem>): ApplyPlan {
  const plan: ApplyPlan = { items: [], synced: new Set(), serverAhead: [], conflicts: [] };
  for (const key of new Set([...stored.keys(), ...disk.keys()])) {
    const onDisk = disk.get(key) ?? null;
    const onServer = stored.get(key)?.item ?? null;
    const files = itemContent(onDisk ?? undefined);
    const server = itemContent(onServer ?? undefined);
    const base = stored.get(key)?.base ?? null;
    if (files === server || server === base) {
      if (onDisk) plan.items.push(onDisk);
      plan.synced.add(key);
    } else if (files === base) {
      if (onServer) plan.items.push(onServer);
      // Retracted through the API, the item is only on disk (as it was at the last sync).
      const item = (onServer ?? onDisk)!;
      plan.serverAhead.push({ kind: item.kind, id: item.id });
    } else {
      const item = (onDisk ?? onServer)!;
      plan.conflicts.push({
        kind: item.kind,
        id: item.id,
        files: version(onDisk),
        server: version(onServer),
        base: fromContent(base),
      });
    }
  }
  // An annotation file declares one article: the files' article and the API's in the same file is a conflict too.
  const articles = new Map<string, AnnotationItem[]>();
  for (const item of plan.items)
    if (item.kind === 'article') articles.set(item.home, [...(articles.get(item.home) ?? []), item]);
  for (const [, both] of articles) {
    if (both.length < 2) continue;
    const onDisk = both.find((item) => disk.get(itemKey(item)) === item) ?? both[1];
    const onServer = both.find((item) => item !== onDisk)!;
    plan.conflicts.push({
      kind: 'article',
      id: onDisk.id,
      files: version(onDisk),
      server: version(onServer),
      base: null,
    });
  }
  return plan;
}
