// A list query from its declaration (src/cypher/lists/): the declaration
// says how the entries are found, filtered and keyed; the rest is the tail
// every list shares: sort by [key, tie] (LIMIT $first when only a first
// page is wanted), collect the ordered list, cut the page
// (list-page-window.ts) and return it, its nodes projected or whole. A list
// per parent unwinds $ids and orders each parent's entries in a CALL.
import Cypher from '@neo4j/cypher-builder';
import type { NodeLabel } from '../domain';
import type { BuiltClause } from './built-clause';
import type { ListRequest, ListTraits } from './list-request';
import { limitedByFirst, listPageWindow, listWindow } from './list-page-window';
import { COLUMN, VAR } from './neighbour-names';
import { pageSlice } from './neighbour-page-window';
import { projectedNode } from './node-projection';
import type { InputOf } from './query-input';

/** The tie of an entry: sorts entries with equal keys, and places a cursor among them. */
export const TIE = new Cypher.NamedVariable('tie');

export interface ListDeclaration extends ListTraits {
  /** The label of the listed nodes, whose properties $fields lists when the list projects. */
  readonly label?: NodeLabel;
  /** The labels of $fields a projected list reads, when not just its label's (a rejection's several nodes). */
  readonly fieldsRead?: readonly NodeLabel[];
  /** One page per parent id ($ids), each row with its parentId. */
  readonly perParent?: boolean;
  /** The clauses that find the entries, leaving the entry's variables bound. */
  found(request: ListRequest, input: InputOf): Cypher.Clause;
  /** The entry's variables, by the names its place in the ordered list gives them. */
  readonly entry: Readonly<Record<string, Cypher.Variable>>;
  key(request: ListRequest): Cypher.Expr;
  readonly tie: Cypher.Expr;
  /** The clauses after the window that return the page; default: each entry's node (listNodePage). */
  page?(request: ListRequest, input: InputOf, carried: readonly Cypher.Variable[]): ListPage;
}

/** The clauses that return a list's page, and the columns they return. */
export interface ListPage {
  readonly clause: Cypher.Clause;
  readonly columns: readonly string[];
}

export function listQuery(list: ListDeclaration, request: ListRequest, input: InputOf): BuiltClause {
  const { parentId } = VAR;
  const carried = list.perParent ? [parentId] : [];
  const ordering = Cypher.utils.concat(list.found(request, input), sortedEntries(list, request, input));
  const window = listPageWindow(listWindow(request), request, input, carried);
  const page = list.page ? list.page(request, input, carried) : listNodePage(request, input, carried, list.label);
  if (!list.perParent)
    return {
      clause: Cypher.utils.concat(ordering, new Cypher.With(orderedList(list.entry)), window, page.clause),
      columns: page.columns,
    };
  const perParent = new Cypher.Call(Cypher.utils.concat(ordering, new Cypher.Return(orderedList(list.entry))), [
    parentId,
  ]);
  return {
    clause: Cypher.utils.concat(new Cypher.Unwind([input('ids'), parentId]), perParent, window, page.clause),
    columns: page.columns,
  };
}

/** `WITH <entry>, <key> AS key, <tie> AS tie ORDER BY key, tie` (DESC for desc), cut by LIMIT $first where it may be. */
export function sortedEntries(list: ListDeclaration, request: ListRequest, input: InputOf): Cypher.With {
  const direction = request.desc ? 'DESC' : 'ASC';
  const sorted = new Cypher.With(...Object.values(list.entry), [list.key(request), VAR.key], [list.tie, TIE]).orderBy(
    [VAR.key, direction],
    [TIE, direction],
  );
  if (limitedByFirst(request)) sorted.limit(input('first'));
  return sorted;
}

/** `collect({key: key, tie: tie, <entry>}) AS ordered`. */
export function orderedList(entry: Readonly<Record<string, Cypher.Variable>>): [Cypher.Expr, Cypher.Variable] {
  return [Cypher.collect(new Cypher.Map({ key: VAR.key, tie: TIE, ...entry })), COLUMN.ordered];
}

/**
 * `RETURN total, startAt, endAt, [x IN ordered[startAt..endAt] | {key, tie, node}] AS page`:
 * each node projected (`$fields.<label>`) or whole, and with handOn the
 * page's nodes too (handedOn), for a composed query's next step to start from.
 */
export function listNodePage(
  request: ListRequest,
  input: InputOf,
  carried: readonly Cypher.Variable[],
  label?: NodeLabel,
): ListPage {
  const { entry: x } = VAR;
  const { total, startAt, endAt, page, handedOn } = COLUMN;
  const node = x.property('node');
  const projected =
    request.projected && label ? projectedNode(node, input('fields').property(label)) : Cypher.properties(node);
  const entries = new Cypher.ListComprehension(x)
    .in(pageSlice())
    .map(new Cypher.Map({ key: x.property('key'), tie: x.property('tie'), node: projected }));
  const returned = new Cypher.Return(...carried, total, startAt, endAt, [entries, page]);
  if (request.handOn) returned.addColumns([new Cypher.ListComprehension(x).in(pageSlice()).map(node), handedOn]);
  return {
    clause: returned,
    columns: [
      ...(carried.length > 0 ? ['parentId'] : []),
      'total',
      'startAt',
      'endAt',
      'page',
      ...(request.handOn ? ['handedOn'] : []),
    ],
  };
}
