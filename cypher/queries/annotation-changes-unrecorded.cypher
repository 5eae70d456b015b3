// The changes logged before the corpus was kept in the database (they carry
// no edition): replayed once over the annotation files when the corpus is
// first recorded, so nothing made through the API then is lost.
MATCH (c:AnnotationChange)
WHERE c.edition IS NULL
RETURN c.seq AS seq, c.kind AS kind, c.payload AS payload
ORDER BY c.seq
