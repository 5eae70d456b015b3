// How a neighbour read returns a node. With $fields (only the prefetch
// passes it, src/prefetch/projection.ts) a node is one list: its id, then
// the values of the properties $fields lists for its label (a list, not a
// map, so no key names to send and decode). Without, all its properties.
import Cypher from '@neo4j/cypher-builder';
import { PARAM, VAR } from './neighbour-names';

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
export function fieldsOfLabel(): Cypher.Expr {
  return PARAM.fields.property(PARAM.label);
}

/** `$fields[head([l IN labels(n) WHERE l IN keys($fields)])]`: of a node whose label the walk does not fix. */
export function fieldsOfOwnLabel(node: Cypher.Node): Cypher.Expr {
  const projected = new Cypher.ListComprehension(VAR.label)
    .in(Cypher.labels(node))
    .where(Cypher.in(VAR.label, Cypher.keys(PARAM.fields)));
  return PARAM.fields.property(Cypher.head(projected));
}
