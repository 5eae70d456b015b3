// The annotation corpus the graph was written from, kept beside it
// (docs/sync.md): one node per item, keyed, and one node for the corpus as a
// whole, whose edition every change advances. Neither carries the Entity
// label: they describe the graph, they are not part of it.
CREATE CONSTRAINT annotation_item_key IF NOT EXISTS FOR (n:AnnotationItem) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT annotation_corpus_name IF NOT EXISTS FOR (n:AnnotationCorpus) REQUIRE n.name IS UNIQUE;
