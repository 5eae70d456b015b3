// How a neighbour read returns a node. With $fields (only the prefetch
// passes it, src/prefetch/projection.ts) a node is one list: its id, then
// the values of the properties $fields lists for its label (a list, not a
// map, so no key names to send and decode). Without, all its properties.
import Cypher from '@neo4j/cypher-builder';
import { VAR } from './neighbour-names';
import type { InputOf } from './query-input';

/** A node, or a node held in a map entry (`x.node`). */
type NodeExpr = Cypher.Variable | Cypher.Property;

/** `[node.id] + [k IN <propertyNames> | node[k]]`. */
export function projectedNode(node: NodeExpr, propertyNames: Cypher.Expr): Cypher.Expr {
  return Cypher.plus(
    new Cypher.List([node.property('id')]),
    new Cypher.ListComprehension(VAR.property).in(propertyNames).map(node.property(VAR.property)),
  );
}

/** `$fields[$label]`: the properties read of the walk's one far label. */
export function fieldsOfLabel(input: InputOf): Cypher.Expr {
  return input('fields').property(input('label'));
}

/** `$fields[head([l IN labels(n) WHERE l IN keys($fields)])]`: of a node whose label the walk does not fix. */
export function fieldsOfOwnLabel(node: Cypher.Node, input: InputOf): Cypher.Expr {
  const fields = input('fields');
  const projected = new Cypher.ListComprehension(VAR.label)
    .in(Cypher.labels(node))
    .where(Cypher.in(VAR.label, Cypher.keys(fields)));
  return fields.property(Cypher.head(projected));
}
