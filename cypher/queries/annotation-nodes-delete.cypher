// Deletes the nodes of retracted items, with whatever edges they still have
// (the change deletes the edges it knows of first).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n
RETURN count(*) AS deleted
