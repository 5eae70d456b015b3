// The annotation changes mutations made, oldest first. Replayed on top of the
// annotation files under seed/ they give the corpus the graph now holds, which
// the next mutation is validated against. AnnotationChange nodes carry no
// Entity label: they are the log of the graph, not part of it.
MATCH (c:AnnotationChange)
RETURN c.seq AS seq, c.kind AS kind, c.payload AS payload
ORDER BY c.seq
