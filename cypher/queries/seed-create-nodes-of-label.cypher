// Writes one batch of NEW nodes of ONE label: rows of {id, props}. Only for a
// store that held no Entity when seeding began (write-mode.ts checks): CREATE
// skips MERGE's lookup, and the entity_id constraint still refuses a second
// node with an id, so a mistaken CREATE fails loudly instead of duplicating.
// NODE_LABEL is not a parameter (labels cannot be): the seeder puts one of
// graph-rows.ts NODE_LABELS in its place. Replace it with a label to run
// this by hand.
UNWIND $rows AS row
CREATE (n:Entity:NODE_LABEL {id: row.id})
SET n += row.props
RETURN count(*) AS written
