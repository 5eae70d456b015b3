// `USING INDEX SEEK parent:Label(id)`: each parent of a per-parent list is
// found by a seek of its id's unique index. Once the ids come from an
// earlier step of a composed query the planner sometimes chose to scan the
// whole index once and join instead (378,000 index entries read for 28
// parents, 80 ms for 4). The builder has no index hints: the one clause it
// cannot write.
import Cypher from '@neo4j/cypher-builder';

export function idIndexSeek(node: Cypher.Node, label: string): Cypher.Raw {
  return new Cypher.Raw((context) => `USING INDEX SEEK ${context.compile(node)}:${label}(id)`);
}
