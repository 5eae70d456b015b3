// The change feed (src/changes/): one record per node or relationship a write
// created, updated or retracted, ordered by seq. The constraint keeps seq
// unique and is the index `changes(after:)` and the pollers range-scan.
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE;
// The one counter every append locks: it orders the writes of every process on this database.
CREATE CONSTRAINT change_counter_name IF NOT EXISTS FOR (c:ChangeCounter) REQUIRE c.name IS UNIQUE;
