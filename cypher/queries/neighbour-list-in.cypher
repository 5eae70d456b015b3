// Per parent node, all nodes at the far end of its incoming edges of the given
// types, each with its edge: for to-one fields and short lists fixed by one
// annotation (a statement's targets, a demand's addressees). One round trip
// serves every parent of a request. Parameters: $ids, $types, and the
// flags the loader keys set (src/repositories/neighbour.repository.ts):
// $relType (the one type, if one), $label, bareEdges.
// With $fields (only the prefetch passes it, src/prefetch/projection.ts) each
// node is one list: its id, then the values of the properties $fields lists
// for its label (a list, not a map, so no key names to send and decode).
// The parents are ids ($ids), each found by a seek of its id's unique index,
// or, in a composed query, the nodes an earlier step found ($parents, with
// the flag `parents`): the fragment neighbour-parents.
// With the flag handOn the read also returns the nodes of its entries
// (handedOn), for the composed query's next step to start from.
// @include neighbour-parents
CALL (parentId, parent) {
  // @include neighbour-match-in
  // One type ($relType) is named by the pattern already.
  // @if !relType
  WHERE type(r) IN $types
  // @end
  WITH n, r ORDER BY n.id, type(r), r.key
  // What the model implies is left out of a projected row, and put back by
  // the prefetch (src/prefetch/projection.ts): the far label ($label, when
  // the types reach one only), the edge's properties (bareEdges: only the
  // empty key) and, for one type, its name (the nested walk's rows
  // were twice the size of its answer).
  // @if fields && label && bareEdges && relType
  RETURN collect({node: [n.id] + [k IN $fields[$label] | n[k]]}) AS items
  // @elif fields && label && bareEdges
  RETURN collect({node: [n.id] + [k IN $fields[$label] | n[k]], edgeType: type(r)}) AS items
  // @elif fields
  RETURN collect({node: [n.id] + [k IN $fields[head([l IN labels(n) WHERE l IN keys($fields)])] | n[k]], labels: labels(n), edgeType: type(r), edge: properties(r)}) AS items
  // @else
  RETURN collect({node: properties(n), labels: labels(n), edgeType: type(r), edge: properties(r)}) AS items
  // @end
  // @if handOn
  , collect(n) AS handedOn
  // @end
}
RETURN parentId, items
// @if handOn
       , handedOn
// @end
