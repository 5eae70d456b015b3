// Writes one batch of NEW edges of ONE type: rows of {from, to, key, props}.
// Only for a store that held no Entity when seeding began, and only for rows
// the seeder has already made distinct (type, from, to, key): CREATE skips
// MERGE's expand between the two ends. The ends are found through the
// entity_id constraint's index. `written` counts the rows whose two ends
// were found: the seeder fails if it is below the batch's row count.
// EDGE_TYPE is not a parameter: the seeder puts one of graph-rows.ts
// EDGE_TYPES in its place. Replace it with a type to run this by hand.
UNWIND $rows AS row
MATCH (from:Entity {id: row.from})
MATCH (to:Entity {id: row.to})
CREATE (from)-[r:EDGE_TYPE {key: row.key}]->(to)
SET r += row.props
RETURN count(*) AS written
