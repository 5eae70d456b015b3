// The edition of the annotation corpus the graph holds: 0 or none until the
// corpus was first recorded; every change advances it by one. Cheap: a
// process keeps the corpus of the edition it last read and reads the items
// again only when another process changed them. The uuid tells a corpus
// recorded again (after the database was emptied) from the one before.
OPTIONAL MATCH (c:AnnotationCorpus {name: 'main'})
RETURN coalesce(c.edition, 0) AS edition, c.uuid AS uuid
