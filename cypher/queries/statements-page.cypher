// The statements list and the timeline of an actor. Dates compare at the
// coarser precision of the two (a statement dated 2022-10 matches dateFrom
// 2022-10-16). Sorted by date, then id.
// Parameters: $speaker, $includeOnBehalfOf, $article, $target, $mentions,
// $ploverType, $dateFrom, $dateTo, $desc and paging.
//
// The shape: the statements are first found from the most
// selective parameter given (an id; else the PLOVER type or the dates, by
// their indexes; else all of them), each once, and every filter given that
// the start did not apply then runs on those, so the result is the same
// whichever start was taken. Its directive blocks keep only the start and
// the filters the parameters ask for (src/db/query-specialise.ts). The list
// holds references; only the page is projected.
// With $fields (only the prefetch passes it, src/prefetch/projection.ts) each
// node is one list: its id, then the values of the properties $fields lists
// for its label (a list, not a map, so no key names to send and decode).
CALL () {
  // @if speaker
  MATCH (:Actor {id: $speaker})-[:MADE]->(n:Statement)
  RETURN DISTINCT n
  // @if includeOnBehalfOf
  UNION ALL
  MATCH (n:Statement)-[:ON_BEHALF_OF]->(:Actor {id: $speaker})
  WHERE NOT EXISTS { (:Actor {id: $speaker})-[:MADE]->(n) }
  RETURN DISTINCT n
  // @end
  // @elif article
  MATCH (n:Statement)-[:REPORTED_IN]->(:Article {id: $article})
  RETURN DISTINCT n
  // @elif target
  MATCH (n:Statement)-[:TARGETS]->(:Entity {id: $target})
  RETURN DISTINCT n
  // @elif mentions
  MATCH (n:Statement)-[:MENTIONS]->(:Entity {id: $mentions})
  RETURN DISTINCT n
  // @elif dateFrom || dateTo
  // Dates are YYYY, YYYY-MM or YYYY-MM-DD (docs/model.md), so any date that
  // passes the date filters below lies in this range of the date indexes.
  MATCH (n:Statement)
  // @if ploverType
  WHERE n.ploverType = $ploverType
    AND n.date >= coalesce(left($dateFrom, 4), '') AND n.date < coalesce($dateTo, '9999') + '~'
  // @else
  WHERE n.date >= coalesce(left($dateFrom, 4), '') AND n.date < coalesce($dateTo, '9999') + '~'
  // @end
  RETURN n
  // @elif ploverType
  MATCH (n:Statement {ploverType: $ploverType})
  RETURN n
  // @else
  MATCH (n:Statement)
  RETURN n
  // @end
}
WITH n
WHERE true
  // Each filter runs only where the start above did not already apply it:
  // a speaker is always the start when given, so it is never tested again;
  // the PLOVER type and the end date are in the date indexes' seek (exact:
  // dates are YYYY, YYYY-MM or YYYY-MM-DD, checked on input and in the
  // model); the start date's seek is the year, so its filter always runs.
  // Every test costs a little on each candidate.
  // @if article && speaker
  AND EXISTS { (n)-[:REPORTED_IN]->(:Article {id: $article}) }
  // @end
  // @if target && (speaker || article)
  AND EXISTS { (n)-[:TARGETS]->(:Entity {id: $target}) }
  // @end
  // @if mentions && (speaker || article || target)
  AND EXISTS { (n)-[:MENTIONS]->(:Entity {id: $mentions}) }
  // @end
  // @if ploverType && (speaker || article || target || mentions)
  AND n.ploverType = $ploverType
  // @end
  // Dates compare at the coarser precision of the two: on or after
  // $dateFrom, or a date $dateFrom begins with (2022 and 2022-10 for
  // 2022-10-16); on or before $dateTo, or a date that begins with it.
  // @if dateFrom
  AND (n.date >= $dateFrom OR $dateFrom STARTS WITH n.date)
  // @end
  // @if dateTo && (speaker || article || target || mentions)
  AND (n.date <= $dateTo OR n.date STARTS WITH $dateTo)
  // @end
WITH n, coalesce(n.date, '') AS key, n.id AS tie
// @if desc
ORDER BY key DESC, tie DESC
// @else
ORDER BY key, tie
// @end
// @if pageOnly && !after && !before && !last
LIMIT $first
// @end
WITH collect({key: key, tie: tie, node: n}) AS ordered
// Paging over the ordered list (the same tail in every list query): entries
// compare as [key, tie], so a cursor keeps its place even when items are added
// or removed elsewhere. lo..hi is the stretch between the cursors; first or
// last then cut it to one page.
// @if after || before || last
WITH ordered, size(ordered) AS total,
     CASE WHEN $after IS NULL THEN 0
          ELSE size([x IN ordered WHERE CASE WHEN $desc THEN [x.key, x.tie] >= $after ELSE [x.key, x.tie] <= $after END]) END AS lo,
     CASE WHEN $before IS NULL THEN size(ordered)
          ELSE size([x IN ordered WHERE CASE WHEN $desc THEN [x.key, x.tie] > $before ELSE [x.key, x.tie] < $before END]) END AS hi
WITH ordered, total, lo, CASE WHEN $first IS NOT NULL AND lo + $first < hi THEN lo + $first ELSE hi END AS endAt
WITH ordered, total, endAt, CASE WHEN $last IS NOT NULL AND endAt - $last > lo THEN endAt - $last ELSE lo END AS startAt
// @elif pageOnly
// Only the page is wanted (the prefetch asks so when a request selects
// neither totalCount nor pageInfo): LIMIT cut it above; no total is counted.
WITH ordered, null AS total, 0 AS startAt, size(ordered) AS endAt
// @else
// The first page without a cursor, the common case: nothing to search for.
WITH ordered, size(ordered) AS total, 0 AS startAt
WITH ordered, total, startAt, CASE WHEN $first IS NOT NULL AND $first < total THEN $first ELSE total END AS endAt
// @end
// @if fields
RETURN total, startAt, endAt, [x IN ordered[startAt..endAt] | {key: x.key, tie: x.tie, node: [x.node.id] + [k IN $fields.Statement | x.node[k]]}] AS page
// @else
RETURN total, startAt, endAt, [x IN ordered[startAt..endAt] | {key: x.key, tie: x.tie, node: properties(x.node)}] AS page
// @end
// With the flag handOn, also the page's nodes (handedOn), for a composed
// query's next step to start from (src/prefetch/compose-cypher.ts).
// @if handOn
       , [x IN ordered[startAt..endAt] | x.node] AS handedOn
// @end
