// Per article, the actors it involves: speakers of its statements, the actors
// spoken for, aimed at or mentioned. Each actor once, sorted by name.
// Parameters: $ids, $desc and paging.
// The list holds references: only the page's entries are projected.
// Each parent is found by a seek of its id's unique index, as the hint
// says: once these ids come from an earlier step of a composed query, the
// planner sometimes chose to scan the whole index once and join instead
// (378,000 index entries read for 28 parents, 80 ms for 4).
UNWIND $ids AS parentId
CALL (parentId) {
  MATCH (parent:Article {id: parentId})<-[:REPORTED_IN]-(:Statement)-[:MADE|ON_BEHALF_OF|TARGETS|MENTIONS]-(n:Actor)
  USING INDEX SEEK parent:Article(id)
  WITH DISTINCT n
  WITH n, toLower(n.name) AS key, n.id AS tie
  // @if desc
  ORDER BY key DESC, tie DESC
  // @else
  ORDER BY key, tie
  // @end
  // @if pageOnly && !after && !before && !last
  LIMIT $first
  // @end
  RETURN collect({key: key, tie: tie, node: n}) AS ordered
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
// @elif pageOnly
// Only the page is wanted (the prefetch asks so when a request selects
// neither totalCount nor pageInfo): LIMIT cut it above; no total is counted.
WITH parentId, ordered, null AS total, 0 AS startAt, size(ordered) AS endAt
// @else
// The first page without a cursor, the common case: nothing to search for.
WITH parentId, ordered, size(ordered) AS total, 0 AS startAt
WITH parentId, ordered, total, startAt, CASE WHEN $first IS NOT NULL AND $first < total THEN $first ELSE total END AS endAt
// @end
RETURN parentId, total, startAt, endAt, [x IN ordered[startAt..endAt] | {key: x.key, tie: x.tie, node: properties(x.node)}] AS page
