// Who rejected whose demand: the walk of docs/model.md, one entry per
// (statement, demand) REJECTS edge, with every node on the way.
// $rejecter matches the speaker or the actor spoken for; $actor either side.
// Parameters: $rejecter, $owner, $actor, $statement, $demand, $demandKind, $article,
// $dateFrom, $dateTo, $desc and paging.
//
// The shape: the REJECTS edges are found and filtered first, from
// the most selective parameter given (an id; else the demand kind, by its
// index; else all of them; the @if blocks keep only that start and the
// filters given, src/db/query-specialise.ts), then counted and sorted by key and tie alone;
// the walk around them (rejecter, principal, owner, article) is taken for
// the page only. It relies on the model (docs/model.md): a statement has
// one speaker (MADE), one article (REPORTED_IN) and at most one principal
// (ON_BEHALF_OF), a demand one owner (OWNED_BY), so each edge is one entry.
// With $fields (only the prefetch passes it, src/prefetch/projection.ts) each
// node is one list: its id, then the values of the properties $fields lists
// for its label (a list, not a map, so no key names to send and decode).
CALL () {
  // @if rejecter || owner || actor || statement || demand || article
  // Starting from the most selective id given; every filter given is then
  // checked on what that start finds.
  CALL () {
    // @if rejecter
    MATCH (:Actor {id: $rejecter})-[:MADE]->(s:Statement)-[r:REJECTS]->(d:Demand)
    RETURN s, r, d
    UNION
    MATCH (:Actor {id: $rejecter})<-[:ON_BEHALF_OF]-(s:Statement)-[r:REJECTS]->(d:Demand)
    RETURN s, r, d
    // @elif owner
    MATCH (:Actor {id: $owner})<-[:OWNED_BY]-(d:Demand)<-[r:REJECTS]-(s:Statement)
    RETURN s, r, d
    // @elif actor
    MATCH (:Actor {id: $actor})-[:MADE]->(s:Statement)-[r:REJECTS]->(d:Demand)
    RETURN s, r, d
    UNION
    MATCH (:Actor {id: $actor})<-[:ON_BEHALF_OF]-(s:Statement)-[r:REJECTS]->(d:Demand)
    RETURN s, r, d
    UNION
    MATCH (:Actor {id: $actor})<-[:OWNED_BY]-(d:Demand)<-[r:REJECTS]-(s:Statement)
    RETURN s, r, d
    // @elif statement
    MATCH (s:Statement {id: $statement})-[r:REJECTS]->(d:Demand)
    RETURN s, r, d
    // @elif demand
    MATCH (s:Statement)-[r:REJECTS]->(d:Demand {id: $demand})
    RETURN s, r, d
    // @else
    MATCH (:Article {id: $article})<-[:REPORTED_IN]-(s:Statement)-[r:REJECTS]->(d:Demand)
    RETURN s, r, d
    // @end
  }
  WITH s, r, d
  WHERE true
    // @if rejecter
    AND (EXISTS { (:Actor {id: $rejecter})-[:MADE]->(s) } OR EXISTS { (s)-[:ON_BEHALF_OF]->(:Actor {id: $rejecter}) })
    // @end
    // @if owner
    AND EXISTS { (d)-[:OWNED_BY]->(:Actor {id: $owner}) }
    // @end
    // @if actor
    AND (EXISTS { (:Actor {id: $actor})-[:MADE]->(s) } OR EXISTS { (s)-[:ON_BEHALF_OF]->(:Actor {id: $actor}) }
         OR EXISTS { (d)-[:OWNED_BY]->(:Actor {id: $actor}) })
    // @end
    // @if statement
    AND s.id = $statement
    // @end
    // @if demand
    AND d.id = $demand
    // @end
    // @if demandKind
    AND d.kind = $demandKind
    // @end
    // @if article
    AND EXISTS { (s)-[:REPORTED_IN]->(:Article {id: $article}) }
    // @end
    // @if dateFrom
    AND (s.date >= $dateFrom OR $dateFrom STARTS WITH s.date)
    // @end
    // @if dateTo
    AND (s.date <= $dateTo OR s.date STARTS WITH $dateTo)
    // @end
  RETURN s, d
  // @elif demandKind
  // Without an id: the demands of the kind asked for, else every REJECTS edge.
  MATCH (s:Statement)-[:REJECTS]->(d:Demand {kind: $demandKind})
  WHERE true
    // @if dateFrom
    AND (s.date >= $dateFrom OR $dateFrom STARTS WITH s.date)
    // @end
    // @if dateTo
    AND (s.date <= $dateTo OR s.date STARTS WITH $dateTo)
    // @end
  RETURN s, d
  // @else
  MATCH ()-[r:REJECTS]->()
  WITH startNode(r) AS s, endNode(r) AS d
  WHERE s:Statement AND d:Demand
    // @if dateFrom
    AND (s.date >= $dateFrom OR $dateFrom STARTS WITH s.date)
    // @end
    // @if dateTo
    AND (s.date <= $dateTo OR s.date STARTS WITH $dateTo)
    // @end
  RETURN s, d
  // @end
}
WITH s, d, coalesce(s.date, '') AS key, s.id + '|' + d.id AS tie
// @if desc
ORDER BY key DESC, tie DESC
// @else
ORDER BY key, tie
// @end
// @if pageOnly && !after && !before && !last
LIMIT $first
// @end
WITH collect({key: key, tie: tie, statement: s, demand: d}) AS ordered
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
WITH total, startAt, endAt, ordered[startAt..endAt] AS slice
// The walk, for the page's entries only, in the page's order.
CALL (slice) {
  UNWIND range(0, size(slice) - 1) AS i
  WITH i, slice[i] AS x
  WITH i, x, x.statement AS s, x.demand AS d
  MATCH (rejecter:Actor)-[:MADE]->(s)-[:REPORTED_IN]->(a:Article), (d)-[:OWNED_BY]->(owner:Actor)
  OPTIONAL MATCH (s)-[:ON_BEHALF_OF]->(principal:Actor)
  WITH i, x, s, d, rejecter, owner, a, principal
  ORDER BY i
  // @if fields
  RETURN collect({key: x.key, tie: x.tie, rejecter: [rejecter.id] + [k IN $fields.Actor | rejecter[k]],
                  principal: CASE WHEN principal IS NULL THEN null ELSE [principal.id] + [k IN $fields.Actor | principal[k]] END,
                  statement: [s.id] + [k IN $fields.Statement | s[k]], demand: [d.id] + [k IN $fields.Demand | d[k]],
                  owner: [owner.id] + [k IN $fields.Actor | owner[k]], article: [a.id] + [k IN $fields.Article | a[k]]}) AS page
  // @else
  RETURN collect({key: x.key, tie: x.tie, rejecter: properties(rejecter), principal: properties(principal),
                  statement: properties(s), demand: properties(d), owner: properties(owner), article: properties(a)}) AS page
  // @end
}
RETURN total, startAt, endAt, page
