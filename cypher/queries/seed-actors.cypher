// Writes one batch of Actor nodes: rows of {id, props}. MERGE on the global id
// (the entity_id constraint backs it) keeps a rerun from duplicating.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:Actor, n += row.props
RETURN count(*) AS written
