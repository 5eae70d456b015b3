// Takes the corpus's write lock for the rest of the transaction (creating the
// corpus node the first time). Every change takes it before it reads the
// edition, so changes from several API processes happen one after another and
// each sees the edition the previous one left (annotation-corpus-edition).
MERGE (c:AnnotationCorpus {name: 'main'})
ON CREATE SET c.edition = 0, c.uuid = randomUUID()
SET c.locked = true
RETURN c.edition AS edition, c.uuid AS uuid
