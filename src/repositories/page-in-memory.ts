// A page of a list held in memory, cut as the list queries cut theirs
// (src/cypher/list-page-window.ts): entries compare as [key, tie], cursors
// name places in that order, first and last cut the stretch between them.
// For answers told in the service (knownAt), whose lists are not in Neo4j.
import type { PageParams, PageEntry, PageRow } from './paging';

const compare = (a: PageEntry, b: PageEntry): number =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0;

export function pageInMemory<TEntry extends PageEntry>(
  entries: readonly TEntry[],
  params: PageParams,
  desc: boolean,
): PageRow<TEntry> {
  const ordered = [...entries].sort((a, b) => (desc ? compare(b, a) : compare(a, b)));
  const inOrder = (a: PageEntry, b: PageEntry) => (desc ? compare(b, a) : compare(a, b));
  const at = (cursor: [string, string]) => ({ key: cursor[0], tie: cursor[1] });
  const lo = params.after ? ordered.filter((entry) => inOrder(entry, at(params.after!)) <= 0).length : 0;
  const hi = params.before ? ordered.filter((entry) => inOrder(entry, at(params.before!)) < 0).length : ordered.length;
  const first = params.first === null ? null : params.first.toNumber();
  const last = params.last === null ? null : params.last.toNumber();
  const endAt = first === null ? hi : Math.min(lo + first, hi);
  const startAt = last === null ? lo : Math.max(endAt - last, lo);
  return { total: ordered.length, startAt, endAt: Math.max(endAt, startAt), page: ordered.slice(startAt, endAt) };
}
