// Proposed by bench/cypher-proposals.ts (count, then a top-k first page; page-only projection).
// Who rejected whose demand: the walk of docs/model.md, one entry per
// (statement, demand) REJECTS edge, with every node on the way.
// $rejecter matches the speaker or the actor spoken for; $actor either side.
// Parameters: $rejecter, $owner, $actor, $statement, $demand, $demandKind, $article,
// $dateFrom, $dateTo, $desc and paging.
MATCH (rejecter:Actor)-[:MADE]->(s:Statement)-[:REJECTS]->(d:Demand)-[:OWNED_BY]->(owner:Actor),
      (s)-[:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (s)-[:ON_BEHALF_OF]->(principal:Actor)
WITH rejecter, s, d, owner, a, principal
WHERE ($rejecter IS NULL OR rejecter.id = $rejecter OR principal.id = $rejecter)
  AND ($owner IS NULL OR owner.id = $owner)
  AND ($actor IS NULL OR rejecter.id = $actor OR principal.id = $actor OR owner.id = $actor)
  AND ($statement IS NULL OR s.id = $statement)
  AND ($demand IS NULL OR d.id = $demand)
  AND ($demandKind IS NULL OR d.kind = $demandKind)
  AND ($article IS NULL OR a.id = $article)
  AND ($dateFrom IS NULL OR left(s.date, size($dateFrom)) >= left($dateFrom, size(s.date)))
  AND ($dateTo IS NULL OR left(s.date, size($dateTo)) <= left($dateTo, size(s.date)))
WITH rejecter, s, d, owner, a, principal, coalesce(s.date, '') AS key, s.id + '|' + d.id AS tie
ORDER BY CASE WHEN $desc THEN key END DESC, CASE WHEN $desc THEN tie END DESC, key, tie
WITH collect({key: key, tie: tie, rejecter: rejecter, principal: principal, statement: s, demand: d, owner: owner, article: a}) AS ordered
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
RETURN total, startAt, endAt, [x IN ordered[startAt..endAt] | {key: x.key, tie: x.tie, rejecter: properties(x.rejecter), principal: properties(x.principal),
        statement: properties(x.statement), demand: properties(x.demand), owner: properties(x.owner), article: properties(x.article)}] AS page
