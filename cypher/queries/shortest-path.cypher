// The shortest connection between two nodes over edges of any type (or of
// $types), walked in either direction. Variable-length bounds cannot be
// parameters, so the pattern allows the API's cap of 6 hops and $maxHops
// (1-6) is a filter on top: the shortest path is the answer or there is none.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE length(p) <= $maxHops AND ($types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types))
RETURN [n IN nodes(p) | {labels: labels(n), node: properties(n)}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, edge: properties(r)}] AS edges
