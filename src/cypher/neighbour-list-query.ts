// Per parent node, all nodes at the far end of its edges of the walk's types,
// each with its edge: for to-one fields and short lists fixed by one
// annotation (a statement's targets, a demand's addressees). One round trip
// serves every parent of a request.
import Cypher from '@neo4j/cypher-builder';
import type { BuiltClause } from './built-clause';
import { COLUMN, VAR } from './neighbour-names';
import { neighbourParents } from './neighbour-parents';
import { neighbourPattern } from './neighbour-pattern';
import type { NeighbourListOptions } from './neighbour-read-options';
import { fieldsOfLabel, fieldsOfOwnLabel, projectedNode } from './node-projection';
import type { InputOf } from './query-input';

export function neighbourListQuery(options: NeighbourListOptions, input: InputOf): BuiltClause {
  const { parentId, parent, far: n, edge: r } = VAR;
  const { items, handedOn } = COLUMN;
  const match = new Cypher.Match(neighbourPattern(options.direction, options.type));
  // One type is named by the pattern already.
  if (options.type === null) match.where(Cypher.in(Cypher.type(r), input('types')));
  const collected = match
    .with(n, r)
    .orderBy(n.property('id'), Cypher.type(r), r.property('key'))
    .return([Cypher.collect(item(options, input)), items]);
  if (options.handOn) collected.addColumns([Cypher.collect(n), handedOn]);
  const returned = new Cypher.Return(parentId, items);
  if (options.handOn) returned.addColumns(handedOn);
  return {
    clause: Cypher.utils.concat(
      neighbourParents(options.fromNodes, input),
      new Cypher.Call(match, [parentId, parent]),
      returned,
    ),
    columns: ['parentId', 'items', ...(options.handOn ? ['handedOn'] : [])],
  };
}

/**
 * One entry: the node and its edge. What the model implies is left out of a
 * projected entry, and put back by the prefetch (src/prefetch/projection.ts):
 * the far label (when the types reach one only), the edge's properties (when
 * they hold only the empty key) and, for one type, its name (the nested
 * walk's rows were twice the size of its answer).
 */
function item(options: NeighbourListOptions, input: InputOf): Cypher.Map {
  const { far: n, edge: r } = VAR;
  if (options.projected && options.oneLabel && options.bareEdges) {
    const node = projectedNode(n, fieldsOfLabel(input));
    return options.type !== null ? new Cypher.Map({ node }) : new Cypher.Map({ node, edgeType: Cypher.type(r) });
  }
  return new Cypher.Map({
    node: options.projected ? projectedNode(n, fieldsOfOwnLabel(n, input)) : Cypher.properties(n),
    labels: Cypher.labels(n),
    edgeType: Cypher.type(r),
    edge: Cypher.properties(r),
  });
}
