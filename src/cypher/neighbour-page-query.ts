// Per parent node, one page of the nodes at the far end of its edges of the
// walk's types, each with its edge: backs the connection fields that walk
// from a node to its neighbours. One round trip serves every parent of a
// request, whatever their number. An edge of the same type reported twice
// (e.g. by two articles) is two entries; the tie tells them apart. The order
// is the sort key, then the far node's id, the edge type and the edge key.
// The ordered list holds references: only the page's entries are projected.
//
// What the model guarantees makes a walk over one relationship type cheaper
// (neighbour-read-options.ts): no label test where every edge of the type
// ends at the walk's label; the far node's id alone breaks ties where edges
// carry no key; and a first page of one type is counted apart from its
// sorted top, which LIMIT cuts (a degree lookup when the label is implied),
// instead of sorting every edge (an actor's first 10 of 16,000 statements,
// 107 ms to 42 ms).
import Cypher from '@neo4j/cypher-builder';
import type { BuiltClause } from './built-clause';
import { COLUMN, VAR } from './neighbour-names';
import { neighbourParents } from './neighbour-parents';
import { neighbourPattern } from './neighbour-pattern';
import type { NeighbourPageOptions } from './neighbour-read-options';
import { pageSlice, pageWindow, tieOf } from './neighbour-page-window';
import type { PageWindow } from './neighbour-page-window';
import { neighbourSortKey } from './neighbour-sort-key';
import { fieldsOfLabel, projectedNode } from './node-projection';
import type { InputOf } from './query-input';

export function neighbourPageQuery(options: NeighbourPageOptions, input: InputOf): BuiltClause {
  const oneType = options.type !== null;
  const cursors = options.after || options.before || options.last;
  const countedApart = oneType && options.first && !cursors && !options.pageOnly;
  const limited = (options.pageOnly || (oneType && options.first)) && !cursors;
  const window: PageWindow = cursors
    ? 'cursors'
    : options.pageOnly
      ? 'limitedNoTotal'
      : countedApart
        ? 'limitedCountedApart'
        : 'firstOfAll';
  return {
    clause: Cypher.utils.concat(
      neighbourParents(options.fromNodes, input),
      ...(countedApart ? [perParent(countAll(options, input))] : []),
      perParent(orderedEntries(options, limited, input)),
      pageWindow(window, input),
      pageReturn(options, input),
    ),
    columns: ['parentId', 'total', 'startAt', 'endAt', 'page', ...(options.handOn ? ['handedOn'] : [])],
  };
}

function perParent(subquery: Cypher.Clause): Cypher.Call {
  return new Cypher.Call(subquery, [VAR.parentId, VAR.parent]);
}

/** `$label IN labels(n)`: the far node has the walk's label. */
const hasWalkLabel = (input: InputOf): Cypher.Predicate => Cypher.in(input('label'), Cypher.labels(VAR.far));

/** The parent's entries of the walk's one type, counted (the subquery from its first clause). */
function countAll(options: NeighbourPageOptions, input: InputOf): Cypher.Clause {
  const match = new Cypher.Match(neighbourPattern(options.direction, options.type));
  if (!options.labelImplied) match.where(hasWalkLabel(input));
  match.return([Cypher.count('*'), COLUMN.total]);
  return match;
}

/** The parent's entries in the page's order, as a list of {key, node, edge}; cut by LIMIT where `limited` (the subquery from its first clause). */
function orderedEntries(options: NeighbourPageOptions, limited: boolean, input: InputOf): Cypher.Clause {
  const { far: n, edge: r, key } = VAR;
  const match = new Cypher.Match(neighbourPattern(options.direction, options.type));
  if (options.type === null) match.where(Cypher.and(Cypher.in(Cypher.type(r), input('types')), hasWalkLabel(input)));
  else if (!options.labelImplied) match.where(hasWalkLabel(input));
  const direction = options.desc ? 'DESC' : 'ASC';
  const tieBreak: [Cypher.Expr, 'ASC' | 'DESC'][] = options.oneEdgePerPair
    ? [[n.property('id'), direction]]
    : [
        [n.property('id'), direction],
        [Cypher.type(r), direction],
        [Cypher.coalesce(r.property('key'), new Cypher.Literal('')), direction],
      ];
  const sorted = match
    .with(n, r, [neighbourSortKey(options.sort, options.label), key])
    .orderBy([key, direction], ...tieBreak);
  if (limited) sorted.limit(input('first'));
  sorted.return([Cypher.collect(new Cypher.Map({ key, node: n, edge: r })), COLUMN.ordered]);
  return match;
}

/**
 * Each parent's page, its entries projected. A projected page of one type
 * whose far label is implied and whose edges hold only the empty key leaves
 * out what the model implies (the label, the type, the edge, the tie built
 * from them); the prefetch puts them back (src/prefetch/projection.ts).
 */
function pageReturn(options: NeighbourPageOptions, input: InputOf): Cypher.Clause {
  const { entry: x, parentId } = VAR;
  const { total, startAt, endAt, page, handedOn } = COLUMN;
  const node = x.property('node');
  const edge = x.property('edge');
  const impliedLeftOut = options.projected && options.type !== null && options.labelImplied && options.bareEdges;
  const projected = options.projected ? projectedNode(node, fieldsOfLabel(input)) : Cypher.properties(node);
  const item = impliedLeftOut
    ? new Cypher.Map({ key: x.property('key'), node: projected })
    : new Cypher.Map({
        key: x.property('key'),
        tie: tieOf(x),
        node: projected,
        labels: Cypher.labels(node),
        edgeType: Cypher.type(edge),
        edge: Cypher.properties(edge),
      });
  const entries = new Cypher.ListComprehension(x).in(pageSlice()).map(item);
  const returned = new Cypher.Return(parentId, total, startAt, endAt, [entries, page]);
  if (options.handOn) returned.addColumns([new Cypher.ListComprehension(x).in(pageSlice()).map(node), handedOn]);
  return returned;
}
