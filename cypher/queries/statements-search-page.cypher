// statements-page.cypher with a full-text search over quotes and paraphrases
// first (cypher/fragments/statements-search-match.cypher). A common word
// finds thousands of statements, so a first page searches once, counts what
// it found, and reads each hit's date but the ids (the tie) only of the hits
// that can be on the page. At 100k statements the count apart from a sorted
// top (a second search, both read for every hit) took 29.7-33.2 ms and
// 13,842 db hits, this 24.0-25.4 ms and 7,014 (bench/search-cost.ts).
// A page after a cursor, or a last page, sorts everything found.
// A statement always has a date (the annotation schema requires one), so
// the date is the key as it is.
// The list holds references: only the page's entries are projected.
// With $fields (only the prefetch passes it, src/prefetch/projection.ts) each
// node is one list: its id, then the values of the properties $fields lists
// for its label (a list, not a map, so no key names to send and decode).
// @if first && !after && !before && !last
CALL () {
  // @include statements-search-match
  WITH collect({key: n.date, node: n}) AS hits
  // The page's edge: the date of its last entry, found from the dates alone.
  CALL (hits) {
    UNWIND hits AS hit
    WITH hit.key AS key
    // @if desc
    ORDER BY key DESC
    LIMIT $first
    RETURN min(key) AS edge
    // @else
    ORDER BY key
    LIMIT $first
    RETURN max(key) AS edge
    // @end
  }
  // Every entry of the page is dated at the edge or before it in the order
  // (a hit past the edge follows $first hits that are not); ties on the date
  // at the edge are why the hits up to it, not just $first, are sorted by id.
  CALL (hits, edge) {
    // @if desc
    UNWIND [hit IN hits WHERE hit.key >= edge] AS hit
    WITH hit.node AS n, hit.key AS key, hit.node.id AS tie
    ORDER BY key DESC, tie DESC
    // @else
    UNWIND [hit IN hits WHERE hit.key <= edge] AS hit
    WITH hit.node AS n, hit.key AS key, hit.node.id AS tie
    ORDER BY key, tie
    // @end
    LIMIT $first
    RETURN collect({key: key, tie: tie, node: n}) AS ordered
  }
  RETURN size(hits) AS total, ordered
}
// @else
CALL () {
  // @include statements-search-match
  WITH n, n.date AS key, n.id AS tie
  // @if desc
  ORDER BY key DESC, tie DESC
  // @else
  ORDER BY key, tie
  // @end
  RETURN collect({key: key, tie: tie, node: n}) AS ordered
}
// @end
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
// neither totalCount nor pageInfo): LIMIT cut it above; no total is returned.
WITH ordered, null AS total, 0 AS startAt, size(ordered) AS endAt
// @elif first
// A first page: LIMIT cut it above; the total is the number of hits.
WITH ordered, total, 0 AS startAt, size(ordered) AS endAt
// @else
// Every statement found (no first, no last): nothing to cut.
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
