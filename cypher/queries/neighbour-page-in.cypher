// Per parent node, one page of the nodes at the far end of its incoming edges
// of the given types, each with its edge: backs the connection fields that
// walk from a node to its neighbours. One round trip serves every parent of
// a request ($ids), whatever their number. An edge of the same type reported
// twice (e.g. by two articles) is two entries; tie tells them apart.
// The order is key, then the far node's id, the edge type and the edge key.
// The tie string joins those three with a space, which sorts below every
// character an id, a type or a key holds, so comparing tie strings gives
// the same order as sorting by the three parts; the sort uses the parts, and
// the strings are built only for the page, or for every entry when a cursor
// must be found (issue 7: building them for every edge cost as much as the
// sort).
// Parameters: $ids, $types, $label (of the far node), $sort, $desc and paging.
// The list holds references (issue 7): only the page's entries are projected.
// With $fields (only the prefetch passes it, src/prefetch/projection.ts) each
// node is its id and the values of the properties $fields lists for its label.
// Each parent is found by a seek of its id's unique index, as the hint
// says: once these ids come from an earlier step of a composed query, the
// planner sometimes chose to scan the whole index once and join instead
// (issue 7: 378,000 index entries read for 28 parents, 80 ms for 4).
UNWIND $ids AS parentId
CALL (parentId) {
  // One relationship type ($relType, which the key functions set when
  // $types holds one): a typed pattern, so a dense node reads only that
  // type's relationships, not all of its own (issue 7: an actor's 2,715
  // OWNED_BY edges instead of its 22,564 incoming edges at 100k). Neo4j
  // 5.26 reads a parameter type ($any) as a filter, so the types are spelt out.
  // @if relType = 'MADE'
  MATCH (parent:Entity {id: parentId})<-[r:MADE]-(n)
  // @elif relType = 'REPORTED_IN'
  MATCH (parent:Entity {id: parentId})<-[r:REPORTED_IN]-(n)
  // @elif relType = 'ON_BEHALF_OF'
  MATCH (parent:Entity {id: parentId})<-[r:ON_BEHALF_OF]-(n)
  // @elif relType = 'REPORTED_BY'
  MATCH (parent:Entity {id: parentId})<-[r:REPORTED_BY]-(n)
  // @elif relType = 'TARGETS'
  MATCH (parent:Entity {id: parentId})<-[r:TARGETS]-(n)
  // @elif relType = 'MENTIONS'
  MATCH (parent:Entity {id: parentId})<-[r:MENTIONS]-(n)
  // @elif relType = 'SETS'
  MATCH (parent:Entity {id: parentId})<-[r:SETS]-(n)
  // @elif relType = 'REPEATS'
  MATCH (parent:Entity {id: parentId})<-[r:REPEATS]-(n)
  // @elif relType = 'ACCEPTS'
  MATCH (parent:Entity {id: parentId})<-[r:ACCEPTS]-(n)
  // @elif relType = 'REJECTS'
  MATCH (parent:Entity {id: parentId})<-[r:REJECTS]-(n)
  // @elif relType = 'OWNED_BY'
  MATCH (parent:Entity {id: parentId})<-[r:OWNED_BY]-(n)
  // @elif relType = 'ADDRESSED_TO'
  MATCH (parent:Entity {id: parentId})<-[r:ADDRESSED_TO]-(n)
  // @elif relType = 'CONCERNS'
  MATCH (parent:Entity {id: parentId})<-[r:CONCERNS]-(n)
  // @elif relType = 'CONFLICTS_WITH'
  MATCH (parent:Entity {id: parentId})<-[r:CONFLICTS_WITH]-(n)
  // @elif relType = 'SPEAKS_FOR'
  MATCH (parent:Entity {id: parentId})<-[r:SPEAKS_FOR]-(n)
  // @elif relType = 'MEMBER_OF'
  MATCH (parent:Entity {id: parentId})<-[r:MEMBER_OF]-(n)
  // @elif relType = 'LEADS'
  MATCH (parent:Entity {id: parentId})<-[r:LEADS]-(n)
  // @elif relType = 'PART_OF'
  MATCH (parent:Entity {id: parentId})<-[r:PART_OF]-(n)
  // @elif relType = 'CLAIMS'
  MATCH (parent:Entity {id: parentId})<-[r:CLAIMS]-(n)
  // @elif relType = 'CONTROLS'
  MATCH (parent:Entity {id: parentId})<-[r:CONTROLS]-(n)
  // @elif relType = 'ANNEXED'
  MATCH (parent:Entity {id: parentId})<-[r:ANNEXED]-(n)
  // @elif relType = 'TOOK_PART_IN'
  MATCH (parent:Entity {id: parentId})<-[r:TOOK_PART_IN]-(n)
  // @elif relType = 'PUBLISHED_BY'
  MATCH (parent:Entity {id: parentId})<-[r:PUBLISHED_BY]-(n)
  // @else
  MATCH (parent:Entity {id: parentId})<-[r]-(n)
  // @end
  USING INDEX SEEK parent:Entity(id)
  WHERE type(r) IN $types AND $label IN labels(n)
  // The sort key: one @if branch per $sort, so each request computes only its own.
  // @if sort = 'DATE'
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
  // @if desc
  ORDER BY key DESC, n.id DESC, type(r) DESC, coalesce(r.key, '') DESC
  // @else
  ORDER BY key, n.id, type(r), coalesce(r.key, '')
  // @end
  // @if pageOnly && !after && !before && !last
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
// @else
// The first page without a cursor, the common case: nothing to search for.
WITH parentId, ordered, size(ordered) AS total, 0 AS startAt
WITH parentId, ordered, total, startAt, CASE WHEN $first IS NOT NULL AND $first < total THEN $first ELSE total END AS endAt
// @end
// @if fields
RETURN parentId, total, startAt, endAt,
       [x IN ordered[startAt..endAt] | {key: x.key, tie: x.node.id + ' ' + type(x.edge) + ' ' + coalesce(x.edge.key, ''),
                                         node: {id: x.node.id, values: [k IN $fields[$label] | x.node[k]]}, labels: labels(x.node), edgeType: type(x.edge), edge: properties(x.edge)}] AS page
// @else
RETURN parentId, total, startAt, endAt,
       [x IN ordered[startAt..endAt] | {key: x.key, tie: x.node.id + ' ' + type(x.edge) + ' ' + coalesce(x.edge.key, ''),
                                         node: properties(x.node), labels: labels(x.node), edgeType: type(x.edge), edge: properties(x.edge)}] AS page
// @end
