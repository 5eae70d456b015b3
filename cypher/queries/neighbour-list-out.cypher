// Per parent node, all nodes at the far end of its outgoing edges of the given
// types, each with its edge: for to-one fields and short lists fixed by one
// annotation (a statement's targets, a demand's addressees). One round trip
// serves every parent of a request. Parameters: $ids, $types.
// With $fields (only the prefetch passes it, src/prefetch/projection.ts) each
// node is its id and the values of the properties $fields lists for its label.
UNWIND $ids AS parentId
CALL (parentId) {
  MATCH (:Entity {id: parentId})-[r]->(n)
  WHERE type(r) IN $types
  WITH n, r ORDER BY n.id, type(r), r.key
  // @if fields
  RETURN collect({node: {id: n.id, values: [k IN $fields[head([l IN labels(n) WHERE l IN keys($fields)])] | n[k]]}, labels: labels(n), edgeType: type(r), edge: properties(r)}) AS items
  // @else
  RETURN collect({node: properties(n), labels: labels(n), edgeType: type(r), edge: properties(r)}) AS items
  // @end
}
RETURN parentId, items
