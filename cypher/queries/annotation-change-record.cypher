// Appends one change to the log, in the same transaction as the rows it
// produced and the corpus edition it made: who ($author, the API key's name),
// when, what ($kind, $payload as JSON) and which edition it made.
OPTIONAL MATCH (c:AnnotationChange)
WITH coalesce(max(c.seq), 0) + 1 AS seq
CREATE (change:AnnotationChange {seq: seq, kind: $kind, payload: $payload, author: $author, at: datetime(), edition: $edition})
RETURN change.seq AS seq
