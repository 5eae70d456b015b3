// The actors list. $words (folded with src/text/fold.ts, like searchText) must
// each start a word of the name or of an alias, so "pesk" finds Peskov and
// "us" finds the United States (alias US) but not Russia. Sorted by name.
// Parameters: $words, $kind, $country, $desc and the paging $first, $last, $after, $before.
// The list holds references: only the page's entries are projected.
// With $fields (only the prefetch passes it, src/prefetch/projection.ts) each
// node is one list: its id, then the values of the properties $fields lists
// for its label (a list, not a map, so no key names to send and decode).
MATCH (n:Actor)
WHERE true
  // @if kind
  AND n.kind = $kind
  // @end
  // @if country
  AND n.country = $country
  // @end
  // @if words
  AND all(word IN $words WHERE any(line IN split(n.searchText, '\n') WHERE line STARTS WITH word OR line CONTAINS ' ' + word OR line CONTAINS '-' + word))
  // @end
WITH n, toLower(n.name) AS key, n.id AS tie
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
RETURN total, startAt, endAt, [x IN ordered[startAt..endAt] | {key: x.key, tie: x.tie, node: [x.node.id] + [k IN $fields.Actor | x.node[k]]}] AS page
// @else
RETURN total, startAt, endAt, [x IN ordered[startAt..endAt] | {key: x.key, tie: x.tie, node: properties(x.node)}] AS page
// @end
// With the flag handOn, also the page's nodes (handedOn), for a composed
// query's next step to start from (src/prefetch/compose-cypher.ts).
// @if handOn
       , [x IN ordered[startAt..endAt] | x.node] AS handedOn
// @end
