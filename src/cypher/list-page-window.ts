// Paging over a list query's ordered list (the tail every list query
// shares): entries compare as [key, tie], so a cursor keeps its place even
// when items are added or removed elsewhere. lo..hi is the stretch between
// the cursors; first or last then cut it to one page, startAt..endAt. Only
// the paging arguments given appear in the text (the request says which).
import Cypher from '@neo4j/cypher-builder';
import type { ListRequest } from './list-request';
import { hasCursors } from './list-request';
import { COLUMN, VAR } from './neighbour-names';
import type { InputOf } from './query-input';

/**
 * How the page is cut from the ordered list: between cursors; the list as
 * LIMIT cut it, with no total (pageOnly) or with a total counted before
 * (`total` is bound already); else the first $first of the whole list.
 */
export type ListWindow = 'cursors' | 'limitedNoTotal' | 'limitedCounted' | 'firstOfAll';

/** The window a request asks for; `counted`: the list counts its total apart from a LIMIT-cut top. */
export function listWindow(request: ListRequest, counted = false): ListWindow {
  if (hasCursors(request)) return 'cursors';
  if (request.pageOnly) return 'limitedNoTotal';
  return counted && request.first ? 'limitedCounted' : 'firstOfAll';
}

/** Whether the sorted list may be cut by LIMIT $first before the window. */
export function limitedByFirst(request: ListRequest): boolean {
  return request.pageOnly && !hasCursors(request);
}

/**
 * The WITH clauses that give `ordered`, `total`, `startAt` and `endAt`,
 * keeping `carried` (a per-parent list's parentId) alongside.
 */
export function listPageWindow(
  window: ListWindow,
  request: ListRequest,
  input: InputOf,
  carried: readonly Cypher.Variable[],
): Cypher.Clause {
  const { ordered, total, startAt, endAt } = COLUMN;
  const zero = new Cypher.Literal(0);
  switch (window) {
    case 'cursors':
      return cursorWindow(request, input, carried);
    case 'limitedNoTotal':
      return new Cypher.With(...carried, ordered, [Cypher.Null, total], [zero, startAt], [Cypher.size(ordered), endAt]);
    case 'limitedCounted':
      return new Cypher.With(...carried, ordered, total, [zero, startAt], [Cypher.size(ordered), endAt]);
    case 'firstOfAll': {
      const first = input('first');
      const end = request.first ? new Cypher.Case().when(Cypher.lt(first, total)).then(first).else(total) : total;
      return Cypher.utils.concat(
        new Cypher.With(...carried, ordered, [Cypher.size(ordered), total], [zero, startAt]),
        new Cypher.With(...carried, ordered, total, startAt, [end, endAt]),
      );
    }
  }
}

function cursorWindow(request: ListRequest, input: InputOf, carried: readonly Cypher.Variable[]): Cypher.Clause {
  const { entry: x } = VAR;
  const { ordered, total, lo, hi, startAt, endAt } = COLUMN;
  const place = new Cypher.List([x.property('key'), x.property('tie')]);
  /** How many entries come before the cursor in the page's order. */
  const countBefore = (cursor: string, compare: (a: Cypher.Expr, b: Cypher.Expr) => Cypher.Predicate) =>
    Cypher.size(new Cypher.ListComprehension(x).in(ordered).where(compare(place, input(cursor))));
  const low = request.after ? countBefore('after', request.desc ? Cypher.gte : Cypher.lte) : new Cypher.Literal(0);
  const high = request.before ? countBefore('before', request.desc ? Cypher.gt : Cypher.lt) : Cypher.size(ordered);
  const first = input('first');
  const last = input('last');
  const end = request.first
    ? new Cypher.Case()
        .when(Cypher.lt(Cypher.plus(lo, first), hi))
        .then(Cypher.plus(lo, first))
        .else(hi)
    : hi;
  const start = request.last
    ? new Cypher.Case()
        .when(Cypher.gt(Cypher.minus(endAt, last), lo))
        .then(Cypher.minus(endAt, last))
        .else(lo)
    : lo;
  return Cypher.utils.concat(
    new Cypher.With(...carried, ordered, [Cypher.size(ordered), total], [low, lo], [high, hi]),
    new Cypher.With(...carried, ordered, total, lo, [end, endAt]),
    new Cypher.With(...carried, ordered, total, endAt, [start, startAt]),
  );
}
