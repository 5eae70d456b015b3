// The shortest connection between two nodes over edges of any type (or of
// $types), walked in either direction, at most $maxHops (1-6) long.
// Variable-length bounds cannot be parameters, so $hops (maxHops as text)
// picks the pattern with that bound: one variant, and one cached plan, per
// bound. The bound is in the pattern and the only predicate looks at each
// relationship alone, so Neo4j applies both during its breadth-first search
// and plans no fallback: a filter on the whole path (such as
// length(p) <= $maxHops) would make it search every path exhaustively when
// the shortest one fails the filter, which on a dense graph runs for seconds
// before answering "no path".
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
// @if hops = '1'
MATCH p = shortestPath((a)-[*..1]-(b))
// @elif hops = '2'
MATCH p = shortestPath((a)-[*..2]-(b))
// @elif hops = '3'
MATCH p = shortestPath((a)-[*..3]-(b))
// @elif hops = '4'
MATCH p = shortestPath((a)-[*..4]-(b))
// @elif hops = '5'
MATCH p = shortestPath((a)-[*..5]-(b))
// @else
MATCH p = shortestPath((a)-[*..6]-(b))
// @end
// @if types
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
// @end
RETURN [n IN nodes(p) | {labels: labels(n), node: properties(n)}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, edge: properties(r)}] AS edges
