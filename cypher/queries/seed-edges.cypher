// Writes one batch of edges: rows of {type, from, to, key, props}.
// Relationship types cannot be parameters in Neo4j 5 before 5.26, so each
// allowed type has its own branch. A row of a type with no branch is left
// out before the branches, so `written` does not count it and the caller's
// check of the count (src/seed/written-count.ts) fails the write; the list
// and the branches name the same types (src/db/model-self-check.ts). `key` tells
// apart edges of one type between the same nodes, e.g. the same relation
// reported by two articles, so MERGE keeps both and stays idempotent.
UNWIND $rows AS row
MATCH (from:Entity {id: row.from})
MATCH (to:Entity {id: row.to})
WITH from, to, row
WHERE row.type IN ['MADE', 'REPORTED_IN', 'ON_BEHALF_OF', 'REPORTED_BY', 'TARGETS', 'MENTIONS', 'SETS', 'REPEATS', 'ACCEPTS', 'REJECTS', 'OWNED_BY', 'ADDRESSED_TO', 'CONCERNS', 'CONFLICTS_WITH', 'SPEAKS_FOR', 'MEMBER_OF', 'LEADS', 'PART_OF', 'CLAIMS', 'CONTROLS', 'ANNEXED', 'TOOK_PART_IN', 'PUBLISHED_BY']
FOREACH (_ IN CASE WHEN row.type = 'MADE' THEN [1] ELSE [] END |
  MERGE (from)-[r:MADE {key: row.key}]->(to) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'REPORTED_IN' THEN [1] ELSE [] END |
  MERGE (from)-[r:REPORTED_IN {key: row.key}]->(to) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'ON_BEHALF_OF' THEN [1] ELSE [] END |
  MERGE (from)-[r:ON_BEHALF_OF {key: row.key}]->(to) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'REPORTED_BY' THEN [1] ELSE [] END |
  MERGE (from)-[r:REPORTED_BY {key: row.key}]->(to) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'TARGETS' THEN [1] ELSE [] END |
  MERGE (from)-[r:TARGETS {key: row.key}]->(to) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'MENTIONS' THEN [1] ELSE [] END |
  MERGE (from)-[r:MENTIONS {key: row.key}]->(to) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'SETS' THEN [1] ELSE [] END |
  MERGE (from)-[r:SETS {key: row.key}]->(to) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'REPEATS' THEN [1] ELSE [] END |
  MERGE (from)-[r:REPEATS {key: row.key}]->(to) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'ACCEPTS' THEN [1] ELSE [] END |
  MERGE (from)-[r:ACCEPTS {key: row.key}]->(to) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'REJECTS' THEN [1] ELSE [] END |
  MERGE (from)-[r:REJECTS {key: row.key}]->(to) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'OWNED_BY' THEN [1] ELSE [] END |
  MERGE (from)-[r:OWNED_BY {key: row.key}]->(to) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'ADDRESSED_TO' THEN [1] ELSE [] END |
  MERGE (from)-[r:ADDRESSED_TO {key: row.key}]->(to) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'CONCERNS' THEN [1] ELSE [] END |
  MERGE (from)-[r:CONCERNS {key: row.key}]->(to) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'CONFLICTS_WITH' THEN [1] ELSE [] END |
  MERGE (from)-[r:CONFLICTS_WITH {key: row.key}]->(to) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'SPEAKS_FOR' THEN [1] ELSE [] END |
  MERGE (from)-[r:SPEAKS_FOR {key: row.key}]->(to) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'MEMBER_OF' THEN [1] ELSE [] END |
  MERGE (from)-[r:MEMBER_OF {key: row.key}]->(to) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'LEADS' THEN [1] ELSE [] END |
  MERGE (from)-[r:LEADS {key: row.key}]->(to) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'PART_OF' THEN [1] ELSE [] END |
  MERGE (from)-[r:PART_OF {key: row.key}]->(to) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'CLAIMS' THEN [1] ELSE [] END |
  MERGE (from)-[r:CLAIMS {key: row.key}]->(to) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'CONTROLS' THEN [1] ELSE [] END |
  MERGE (from)-[r:CONTROLS {key: row.key}]->(to) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'ANNEXED' THEN [1] ELSE [] END |
  MERGE (from)-[r:ANNEXED {key: row.key}]->(to) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'TOOK_PART_IN' THEN [1] ELSE [] END |
  MERGE (from)-[r:TOOK_PART_IN {key: row.key}]->(to) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'PUBLISHED_BY' THEN [1] ELSE [] END |
  MERGE (from)-[r:PUBLISHED_BY {key: row.key}]->(to) SET r += row.props)
RETURN count(*) AS written
