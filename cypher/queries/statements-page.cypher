// The statements list and the timeline of an actor. Dates compare at the
// coarser precision of the two (a statement dated 2022-10 matches dateFrom
// 2022-10-16). Sorted by date, then id.
// Parameters: $speaker, $includeOnBehalfOf, $article, $target, $mentions,
// $ploverType, $dateFrom, $dateTo, $desc and paging.
//
// The shape (issue 7): the statements are first found from the most
// selective parameter given (an id; else the PLOVER type or the dates, by
// their indexes; else all of them), each once, and every filter then runs on
// those, so the result is the same whichever start was taken. The list holds references; only the page
// is projected.
CALL () {
  MATCH (:Actor {id: $speaker})-[:MADE]->(n:Statement)
  RETURN DISTINCT n
  UNION ALL
  WITH 1 AS start WHERE $includeOnBehalfOf
  MATCH (n:Statement)-[:ON_BEHALF_OF]->(:Actor {id: $speaker})
  WHERE NOT EXISTS { (:Actor {id: $speaker})-[:MADE]->(n) }
  RETURN DISTINCT n
  UNION ALL
  WITH 1 AS start WHERE $speaker IS NULL
  MATCH (n:Statement)-[:REPORTED_IN]->(:Article {id: $article})
  RETURN DISTINCT n
  UNION ALL
  WITH 1 AS start WHERE $speaker IS NULL AND $article IS NULL
  MATCH (n:Statement)-[:TARGETS]->(:Entity {id: $target})
  RETURN DISTINCT n
  UNION ALL
  WITH 1 AS start WHERE $speaker IS NULL AND $article IS NULL AND $target IS NULL
  MATCH (n:Statement)-[:MENTIONS]->(:Entity {id: $mentions})
  RETURN DISTINCT n
  UNION ALL
  WITH 1 AS start WHERE $speaker IS NULL AND $article IS NULL AND $target IS NULL AND $mentions IS NULL
                    AND $dateFrom IS NULL AND $dateTo IS NULL
  MATCH (n:Statement {ploverType: $ploverType})
  RETURN n
  UNION ALL
  // With dates (this branch and the next): dates are YYYY, YYYY-MM or
  // YYYY-MM-DD (docs/model.md), so any date that passes the date filters
  // below lies in this range of the date indexes.
  WITH 1 AS start WHERE $speaker IS NULL AND $article IS NULL AND $target IS NULL AND $mentions IS NULL
                    AND ($dateFrom IS NOT NULL OR $dateTo IS NOT NULL)
  MATCH (n:Statement)
  WHERE n.ploverType = $ploverType
    AND n.date >= coalesce(left($dateFrom, 4), '') AND n.date < coalesce($dateTo, '9999') + '~'
  RETURN n
  UNION ALL
  WITH 1 AS start WHERE $speaker IS NULL AND $article IS NULL AND $target IS NULL AND $mentions IS NULL AND $ploverType IS NULL
                    AND ($dateFrom IS NOT NULL OR $dateTo IS NOT NULL)
  MATCH (n:Statement)
  WHERE n.date >= coalesce(left($dateFrom, 4), '') AND n.date < coalesce($dateTo, '9999') + '~'
  RETURN n
  UNION ALL
  WITH 1 AS start WHERE $speaker IS NULL AND $article IS NULL AND $target IS NULL AND $mentions IS NULL AND $ploverType IS NULL
                    AND $dateFrom IS NULL AND $dateTo IS NULL
  MATCH (n:Statement)
  RETURN n
}
WITH n
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
