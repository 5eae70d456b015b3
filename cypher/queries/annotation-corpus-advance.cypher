// Ends a change: the corpus's new edition, and the lock taken by
// annotation-corpus-lock released (it is held until the commit anyway).
MATCH (c:AnnotationCorpus {name: 'main'})
SET c.edition = $edition, c.locked = null, c.changedAt = datetime()
RETURN c.edition AS edition
