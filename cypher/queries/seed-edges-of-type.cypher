// Writes one batch of edges of ONE type: rows of {from, to, key, props}.
// The seeder's fast path (seed-edges takes every type, one FOREACH branch per
// type, and takes seconds to plan). EDGE_TYPE is not a parameter: the seeder
// puts one of graph-rows.ts EDGE_TYPES in its place (relationship types
// cannot be parameters; Neo4j 5.26's dynamic $(row.type) in MERGE plans a
// scan of all relationships instead of an expand between the two nodes, so
// it is not used). Replace it with a type to run this by hand. `key` tells
// apart edges of one type between the same nodes, so MERGE stays idempotent.
UNWIND $rows AS row
MATCH (from:Entity {id: row.from})
MATCH (to:Entity {id: row.to})
MERGE (from)-[r:EDGE_TYPE {key: row.key}]->(to)
SET r += row.props
RETURN count(*) AS written
