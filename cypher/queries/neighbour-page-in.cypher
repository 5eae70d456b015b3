// Per parent node, one page of the nodes at the far end of its incoming edges
// of the given types, each with its edge: backs the connection fields that
// walk from a node to its neighbours. One round trip serves every parent of
// a request ($ids), whatever their number. An edge of the same type reported
// twice (e.g. by two articles) is two entries; tie tells them apart.
// Parameters: $ids, $types, $label (of the far node), $sort, $desc and paging.
// The list holds references (issue 7): only the page's entries are projected.
UNWIND $ids AS parentId
CALL (parentId) {
  MATCH (:Entity {id: parentId})<-[r]-(n)
  WHERE type(r) IN $types AND $label IN labels(n)
  WITH n, r, n.id + '|' + type(r) + '|' + coalesce(r.key, '') AS tie
  // The sort key: one @if branch per $sort, so each request computes only its own.
  // @if sort = 'DATE'
  WITH n, r, tie, coalesce(n.date, n.publishedOn, '') AS key
  // @elif sort = 'PUBLISHED'
  WITH n, r, tie, coalesce(n.publishedOn, '') AS key
  // @elif sort = 'NAME'
  WITH n, r, tie, toLower(coalesce(n.name, '')) AS key
  // @elif sort = 'TITLE'
  WITH n, r, tie, toLower(coalesce(n.title, '')) AS key
  // @elif sort = 'SUMMARY'
  WITH n, r, tie, toLower(coalesce(n.summary, '')) AS key
  // @elif sort = 'FIRST_VOICED'
  WITH n, r, tie, coalesce(COLLECT { MATCH (s:Statement)-[:SETS|REPEATS]->(n) RETURN s.date ORDER BY s.date LIMIT 1 }[0], '') AS key
  // @else
  WITH n, r, tie, n.id AS key
  // @end
  // @if desc
  ORDER BY key DESC, tie DESC
  // @else
  ORDER BY key, tie
  // @end
  RETURN collect({key: key, tie: tie, node: n, edge: r}) AS ordered
}
// Paging over the ordered list (the same tail in every list query): entries
// compare as [key, tie], so a cursor keeps its place even when items are added
// or removed elsewhere. lo..hi is the stretch between the cursors; first or
// last then cut it to one page.
// @if after || before || last
WITH parentId, ordered, size(ordered) AS total,
     CASE WHEN $after IS NULL THEN 0
          ELSE size([x IN ordered WHERE CASE WHEN $desc THEN [x.key, x.tie] >= $after ELSE [x.key, x.tie] <= $after END]) END AS lo,
     CASE WHEN $before IS NULL THEN size(ordered)
          ELSE size([x IN ordered WHERE CASE WHEN $desc THEN [x.key, x.tie] > $before ELSE [x.key, x.tie] < $before END]) END AS hi
WITH parentId, ordered, total, lo, CASE WHEN $first IS NOT NULL AND lo + $first < hi THEN lo + $first ELSE hi END AS endAt
WITH parentId, ordered, total, endAt, CASE WHEN $last IS NOT NULL AND endAt - $last > lo THEN endAt - $last ELSE lo END AS startAt
// @else
// The first page without a cursor, the common case: nothing to search for.
WITH parentId, ordered, size(ordered) AS total, 0 AS startAt
WITH parentId, ordered, total, startAt, CASE WHEN $first IS NOT NULL AND $first < total THEN $first ELSE total END AS endAt
// @end
RETURN parentId, total, startAt, endAt, [x IN ordered[startAt..endAt] | {key: x.key, tie: x.tie, node: properties(x.node), labels: labels(x.node), edgeType: type(x.edge), edge: properties(x.edge)}] AS page
