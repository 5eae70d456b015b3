// Nodes by global id, for node(id), actor(id), ... and provenance fields.
// One round trip per request for all the ids asked for together.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, labels(n) AS labels, properties(n) AS node
