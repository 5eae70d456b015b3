// Every relationship between two model nodes, with its type and properties,
// for the full-graph exports.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.id AS from, b.id AS to, type(r) AS type, properties(r) AS props
ORDER BY type, from, to, coalesce(r.key, '')
