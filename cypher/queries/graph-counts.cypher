// Nodes per label and edges per type, for the seeder's summary and the README.
CALL {
  MATCH (n) UNWIND labels(n) AS name
  // The change feed's records and counter (src/changes/) are the log of the graph, not part of it.
  WITH name WHERE NOT name IN ['Entity', 'Change', 'ChangeCounter']
  RETURN 'node' AS kind, name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'edge' AS kind, type(r) AS name, count(*) AS count
}
RETURN kind, name, count ORDER BY kind DESC, name
