// Per parent node, one page of the nodes at the far end of its outgoing edges
// of the given types, each with its edge: backs the connection fields that
// walk from a node to its neighbours. One round trip serves every parent of
// a request ($ids), whatever their number. An edge of the same type reported
// twice (e.g. by two articles) is two entries; tie tells them apart.
// The order is key, then the far node's id, the edge type and the edge key.
// The tie string joins those three with a space, which sorts below every
// character an id, a type or a key holds, so comparing tie strings gives
// the same order as sorting by the three parts; the sort uses the parts, and
// the strings are built only for the page, or for every entry when a cursor
// must be found (building them for every edge cost as much as the
// sort).
// Parameters: $ids, $types, $label (of the far node), $sort, $desc and paging.
// The list holds references: only the page's entries are projected.
// With $fields (only the prefetch passes it, src/prefetch/projection.ts) each
// node is one list: its id, then the values of the properties $fields lists
// for its label (a list, not a map, so no key names to send and decode).
// The parents are ids ($ids), each found by a seek of its id's unique index,
// or, in a composed query, the nodes an earlier step found ($parents, with
// the flag `parents`): the fragment neighbour-parents.
// With the flag handOn the read also returns the nodes of its entries
// (handedOn), for the composed query's next step to start from.
// What the model guarantees makes a walk over one relationship type cheaper
// (the loader keys set these flags, src/repositories/neighbour.repository.ts):
// labelImplied: every edge of $relType ends at a $label node, so no label test;
// oneEdgePerPair: edges of $relType carry no key, so two never join the same
//   pair, and the far node's id alone breaks ties in the sort;
// bareEdges: edges of $relType hold nothing but the empty key;
// and a first page of one type is counted apart from its sorted top
// (a degree lookup when labelImplied) instead of sorting every edge
// (an actor's first 10 of 16,000 statements, 107 ms to 42 ms).
// @include neighbour-parents
// @if relType && first && !after && !before && !last && !pageOnly
CALL (parentId, parent) {
  // @include neighbour-match-out
  // @if !labelImplied
  WHERE $label IN labels(n)
  // @end
  RETURN count(*) AS total
}
// @end
CALL (parentId, parent) {
  // @include neighbour-match-out
  // @if relType && labelImplied
  // @elif relType
  WHERE $label IN labels(n)
  // @else
  WHERE type(r) IN $types AND $label IN labels(n)
  // @end
  // The sort key: one @if branch per $sort, so each request computes only its own.
  // @if sort = 'DATE' && label = 'Statement'
  // A statement always has a date (the annotation schema requires one).
  WITH n, r, n.date AS key
  // @elif sort = 'DATE'
  WITH n, r, coalesce(n.date, n.publishedOn, '') AS key
  // @elif sort = 'PUBLISHED'
  WITH n, r, coalesce(n.publishedOn, '') AS key
  // @elif sort = 'NAME'
  WITH n, r, toLower(coalesce(n.name, '')) AS key
  // @elif sort = 'TITLE'
  WITH n, r, toLower(coalesce(n.title, '')) AS key
  // @elif sort = 'SUMMARY'
  WITH n, r, toLower(coalesce(n.summary, '')) AS key
  // @elif sort = 'FIRST_VOICED'
  WITH n, r, coalesce(COLLECT { MATCH (s:Statement)-[:SETS|REPEATS]->(n) RETURN s.date ORDER BY s.date LIMIT 1 }[0], '') AS key
  // @else
  WITH n, r, n.id AS key
  // @end
  // @if desc && oneEdgePerPair
  ORDER BY key DESC, n.id DESC
  // @elif desc
  ORDER BY key DESC, n.id DESC, type(r) DESC, coalesce(r.key, '') DESC
  // @elif oneEdgePerPair
  ORDER BY key, n.id
  // @else
  ORDER BY key, n.id, type(r), coalesce(r.key, '')
  // @end
  // @if (pageOnly || relType && first) && !after && !before && !last
  LIMIT $first
  // @end
  RETURN collect({key: key, node: n, edge: r}) AS ordered
}
// Paging over the ordered list (the same tail in every list query): entries
// compare as [key, tie], so a cursor keeps its place even when items are added
// or removed elsewhere. lo..hi is the stretch between the cursors; first or
// last then cut it to one page.
// @if after || before || last
WITH parentId, [x IN ordered | {key: x.key, tie: x.node.id + ' ' + type(x.edge) + ' ' + coalesce(x.edge.key, ''), node: x.node, edge: x.edge}] AS ordered
WITH parentId, ordered, size(ordered) AS total,
     CASE WHEN $after IS NULL THEN 0
          ELSE size([x IN ordered WHERE CASE WHEN $desc THEN [x.key, x.tie] >= $after ELSE [x.key, x.tie] <= $after END]) END AS lo,
     CASE WHEN $before IS NULL THEN size(ordered)
          ELSE size([x IN ordered WHERE CASE WHEN $desc THEN [x.key, x.tie] > $before ELSE [x.key, x.tie] < $before END]) END AS hi
WITH parentId, ordered, total, lo, CASE WHEN $first IS NOT NULL AND lo + $first < hi THEN lo + $first ELSE hi END AS endAt
WITH parentId, ordered, total, endAt, CASE WHEN $last IS NOT NULL AND endAt - $last > lo THEN endAt - $last ELSE lo END AS startAt
// @elif pageOnly
// Only the page is wanted (the prefetch asks so when a request selects
// neither totalCount nor pageInfo): LIMIT cut it above; no total is counted.
WITH parentId, ordered, null AS total, 0 AS startAt, size(ordered) AS endAt
// @elif relType && first
// A first page of one type: LIMIT cut it above; the total was counted apart.
WITH parentId, ordered, total, 0 AS startAt, size(ordered) AS endAt
// @else
// The first page without a cursor, the common case: nothing to search for.
WITH parentId, ordered, size(ordered) AS total, 0 AS startAt
WITH parentId, ordered, total, startAt, CASE WHEN $first IS NOT NULL AND $first < total THEN $first ELSE total END AS endAt
// @end
// A projected page of one type whose far label is implied and whose edges
// hold only the empty key leaves out what the model implies (the label, the
// type, the edge, the tie built from them); the prefetch puts them back
// (src/prefetch/projection.ts).
// @if fields && relType && labelImplied && bareEdges
RETURN parentId, total, startAt, endAt,
       [x IN ordered[startAt..endAt] | {key: x.key, node: [x.node.id] + [k IN $fields[$label] | x.node[k]]}] AS page
// @elif fields
RETURN parentId, total, startAt, endAt,
       [x IN ordered[startAt..endAt] | {key: x.key, tie: x.node.id + ' ' + type(x.edge) + ' ' + coalesce(x.edge.key, ''),
                                         node: [x.node.id] + [k IN $fields[$label] | x.node[k]], labels: labels(x.node), edgeType: type(x.edge), edge: properties(x.edge)}] AS page
// @else
RETURN parentId, total, startAt, endAt,
       [x IN ordered[startAt..endAt] | {key: x.key, tie: x.node.id + ' ' + type(x.edge) + ' ' + coalesce(x.edge.key, ''),
                                         node: properties(x.node), labels: labels(x.node), edgeType: type(x.edge), edge: properties(x.edge)}] AS page
// @end
// @if handOn
       , [x IN ordered[startAt..endAt] | x.node] AS handedOn
// @end
