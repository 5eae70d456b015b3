// A fragment (not a query): the parents of a per-parent neighbour read, one
// row each, as `parentId` and the node `parent` (null for an id no node
// has: its read then finds nothing, as a loader expects).
// Given the nodes themselves ($parents: a composed query hands on the nodes
// an earlier step found, src/prefetch/compose-cypher.ts), no index is read
// (in the nested walk a seek per parent per level was a tenth of
// the database's time). Given ids, each is a seek of the id's unique index:
// the hint stays, because once the ids come from an earlier step of a
// composed query the planner sometimes chose to scan the whole index once
// and join instead (378,000 index entries read for 28 parents,
// 80 ms for 4).
// Included by `// @include neighbour-parents` (src/db/named-queries.ts).
// @if parents
UNWIND $parents AS parent
WITH parent, parent.id AS parentId
// @else
UNWIND $ids AS parentId
OPTIONAL MATCH (parent:Entity {id: parentId})
USING INDEX SEEK parent:Entity(id)
// @end
