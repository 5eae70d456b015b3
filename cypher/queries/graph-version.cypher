// What the analytics cache keys its results by: the number of nodes and of
// relationships, both answered from Neo4j's count store without reading
// the graph. Every mutation appends an :AnnotationChange node in its own
// transaction and seeding adds nodes, so every write moves the pair.
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
