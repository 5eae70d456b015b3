// Paging over a neighbour page's ordered list (the same tail as the root
// list queries): entries compare as [key, tie], so a cursor keeps its place
// even when items are added or removed elsewhere. The tie joins the far
// node's id, the edge type and the edge key with a space, which sorts below
// every character an id, a type or a key holds, so comparing ties gives the
// same order as sorting by the three parts; it is built only for the page,
// or for every entry when a cursor must be found (building it for every
// edge cost as much as the sort). lo..hi is the stretch between the
// cursors; first or last then cut it to one page, startAt..endAt.
import Cypher from '@neo4j/cypher-builder';
import { COLUMN, VAR } from './neighbour-names';
import type { InputOf, QueryInput } from './query-input';

/**
 * How the page is cut from the ordered list: between cursors (after, before
 * or last given); the list as LIMIT cut it, with no total (pageOnly) or with
 * the total counted apart (a first page of one type); else the first $first
 * of the whole list, the common case.
 */
export type PageWindow = 'cursors' | 'limitedNoTotal' | 'limitedCountedApart' | 'firstOfAll';

const SPACE = new Cypher.Literal(' ');

/** `x.node.id + ' ' + type(x.edge) + ' ' + coalesce(x.edge.key, '')` for an entry x of the ordered list. */
export function tieOf(entry: Cypher.Variable): Cypher.Expr {
  return Cypher.plus(
    entry.property('node', 'id'),
    SPACE,
    Cypher.type(entry.property('edge')),
    SPACE,
    Cypher.coalesce(entry.property('edge', 'key'), new Cypher.Literal('')),
  );
}

/** The WITH clauses that give each parent's `ordered`, `total`, `startAt` and `endAt`. */
export function pageWindow(window: PageWindow, input: InputOf): Cypher.Clause {
  const first = input('first');
  const { parentId } = VAR;
  const { ordered, total, startAt, endAt } = COLUMN;
  const zero = new Cypher.Literal(0);
  switch (window) {
    case 'cursors':
      return cursorWindow(input);
    case 'limitedNoTotal':
      return new Cypher.With(parentId, ordered, [Cypher.Null, total], [zero, startAt], [Cypher.size(ordered), endAt]);
    case 'limitedCountedApart':
      return new Cypher.With(parentId, ordered, total, [zero, startAt], [Cypher.size(ordered), endAt]);
    case 'firstOfAll':
      return new Cypher.With(parentId, ordered, [Cypher.size(ordered), total], [zero, startAt]).with(
        parentId,
        ordered,
        total,
        startAt,
        [smallerIfSet(first, total, Cypher.lt(first, total), first), endAt],
      );
  }
}

/** `CASE WHEN $p IS NOT NULL AND <fits> THEN <cut> ELSE <whole> END`. */
function smallerIfSet(param: QueryInput, whole: Cypher.Expr, fits: Cypher.Predicate, cut: Cypher.Expr): Cypher.Expr {
  return new Cypher.Case()
    .when(Cypher.and(Cypher.isNotNull(param), fits))
    .then(cut)
    .else(whole);
}

function cursorWindow(input: InputOf): Cypher.Clause {
  const [first, last, after, before] = ['first', 'last', 'after', 'before'].map((name) => input(name));
  const { parentId, entry: x } = VAR;
  const { ordered, total, lo, hi, startAt, endAt } = COLUMN;
  const withTies = new Cypher.ListComprehension(x)
    .in(ordered)
    .map(new Cypher.Map({ key: x.property('key'), tie: tieOf(x), node: x.property('node'), edge: x.property('edge') }));
  const place = new Cypher.List([x.property('key'), x.property('tie')]);
  /** How many entries come before the cursor in the page's order (`desc` flips it). */
  const countBefore = (
    cursor: QueryInput,
    ascending: (a: Cypher.Expr, b: Cypher.Expr) => Cypher.Predicate,
    descending: (a: Cypher.Expr, b: Cypher.Expr) => Cypher.Predicate,
  ) =>
    Cypher.size(
      new Cypher.ListComprehension(x).in(ordered).where(
        new Cypher.Case()
          .when(Cypher.eq(input('desc'), Cypher.true))
          .then(descending(place, cursor))
          .else(ascending(place, cursor)),
      ),
    );
  const unlessNull = (cursor: QueryInput, absent: Cypher.Expr, present: Cypher.Expr) =>
    new Cypher.Case().when(Cypher.isNull(cursor)).then(absent).else(present);
  return Cypher.utils.concat(
    new Cypher.With(parentId, [withTies, ordered]),
    new Cypher.With(
      parentId,
      ordered,
      [Cypher.size(ordered), total],
      [unlessNull(after, new Cypher.Literal(0), countBefore(after, Cypher.lte, Cypher.gte)), lo],
      [unlessNull(before, Cypher.size(ordered), countBefore(before, Cypher.lt, Cypher.gt)), hi],
    ),
    new Cypher.With(parentId, ordered, total, lo, [
      smallerIfSet(first, hi, Cypher.lt(Cypher.plus(lo, first), hi), Cypher.plus(lo, first)),
      endAt,
    ]),
    new Cypher.With(parentId, ordered, total, endAt, [
      smallerIfSet(last, lo, Cypher.gt(Cypher.minus(endAt, last), lo), Cypher.minus(endAt, last)),
      startAt,
    ]),
  );
}

/** `ordered[startAt..endAt]`: the builder slices lists by number only, so the slice by variables is raw. */
export function pageSlice(): Cypher.Expr {
  const { ordered, startAt, endAt } = COLUMN;
  return new Cypher.Raw(
    (context) => `${context.compile(ordered)}[${context.compile(startAt)}..${context.compile(endAt)}]`,
  );
}
