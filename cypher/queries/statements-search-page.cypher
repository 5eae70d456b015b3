// statements-page.cypher with a full-text search over quotes and paraphrases
// first (index statement_search, standard-folding analyzer). $search is a
// Lucene query the API builds from the user's words, escaped.
// The list holds references (issue 7): only the page's entries are projected.
CALL db.index.fulltext.queryNodes('statement_search', $search) YIELD node AS n
WHERE ($speaker IS NULL
       OR EXISTS { (:Actor {id: $speaker})-[:MADE]->(n) }
       OR ($includeOnBehalfOf AND EXISTS { (n)-[:ON_BEHALF_OF]->(:Actor {id: $speaker}) }))
  AND ($article IS NULL OR EXISTS { (n)-[:REPORTED_IN]->(:Article {id: $article}) })
  AND ($target IS NULL OR EXISTS { (n)-[:TARGETS]->(:Entity {id: $target}) })
  AND ($mentions IS NULL OR EXISTS { (n)-[:MENTIONS]->(:Entity {id: $mentions}) })
  AND ($ploverType IS NULL OR n.ploverType = $ploverType)
  AND ($dateFrom IS NULL OR left(n.date, size($dateFrom)) >= left($dateFrom, size(n.date)))
  AND ($dateTo IS NULL OR left(n.date, size($dateTo)) <= left($dateTo, size(n.date)))
WITH n, coalesce(n.date, '') AS key, n.id AS tie
ORDER BY CASE WHEN $desc THEN key END DESC, CASE WHEN $desc THEN tie END DESC, key, tie
WITH collect({key: key, tie: tie, node: n}) AS ordered
// Paging over the ordered list (the same tail in every list query): entries
// compare as [key, tie], so a cursor keeps its place even when items are added
// or removed elsewhere. lo..hi is the stretch between the cursors; first or
// last then cut it to one page.
WITH ordered, size(ordered) AS total,
     CASE WHEN $after IS NULL THEN 0
          ELSE size([x IN ordered WHERE CASE WHEN $desc THEN [x.key, x.tie] >= $after ELSE [x.key, x.tie] <= $after END]) END AS lo,
     CASE WHEN $before IS NULL THEN size(ordered)
          ELSE size([x IN ordered WHERE CASE WHEN $desc THEN [x.key, x.tie] > $before ELSE [x.key, x.tie] < $before END]) END AS hi
WITH ordered, total, lo, CASE WHEN $first IS NOT NULL AND lo + $first < hi THEN lo + $first ELSE hi END AS endAt
WITH ordered, total, endAt, CASE WHEN $last IS NOT NULL AND endAt - $last > lo THEN endAt - $last ELSE lo END AS startAt
RETURN total, startAt, endAt, [x IN ordered[startAt..endAt] | {key: x.key, tie: x.tie, node: properties(x.node)}] AS page
