// Appends one change to the log, in the same transaction as the rows it
// produced, so the log and the graph never disagree. $payload is the change
// as JSON (the annotation-format item and where it goes); $author the API
// key's name.
OPTIONAL MATCH (c:AnnotationChange)
WITH coalesce(max(c.seq), 0) + 1 AS seq
CREATE (change:AnnotationChange {seq: seq, kind: $kind, payload: $payload, author: $author, at: datetime()})
RETURN change.seq AS seq
