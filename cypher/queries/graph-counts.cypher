// Nodes per label and edges per type, for the seeder's summary and the README.
// Entities only: the change feed, the mutation log and the kept annotation corpus are not the graph.
CALL {
  MATCH (n:Entity) UNWIND labels(n) AS name
  WITH name WHERE name <> 'Entity'
  RETURN 'node' AS kind, name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'edge' AS kind, type(r) AS name, count(*) AS count
}
RETURN kind, name, count ORDER BY kind DESC, name
