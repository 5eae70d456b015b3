// Writes one batch of Event nodes: rows of {id, props}. MERGE on the global id
// (the entity_id constraint backs it) keeps a rerun from duplicating.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:Event, n += row.props
RETURN count(*) AS written
