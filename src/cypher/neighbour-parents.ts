// The parents of a per-parent neighbour read, one row each, as `parentId`
// and the node `parent` (null for an id no node has: its read then finds
// nothing, as a loader expects).
// Given the nodes themselves ($parents: a composed query hands on the nodes
// an earlier step found, src/prefetch/compose-cypher.ts), no index is read
// (in the nested walk a seek per parent per level was a tenth of the
// database's time). Given ids, each is a seek of the id's unique index: the
// hint stays, because once the ids come from an earlier step of a composed
// query the planner sometimes chose to scan the whole index once and join
// instead (378,000 index entries read for 28 parents, 80 ms for 4).
import Cypher from '@neo4j/cypher-builder';
import { VAR } from './neighbour-names';
import type { InputOf } from './query-input';

/** The label every node has, with the unique index on its id. */
const ENTITY = 'Entity';

export function neighbourParents(fromNodes: boolean, input: InputOf): Cypher.Clause {
  if (fromNodes)
    return Cypher.utils.concat(
      new Cypher.Unwind([input('parents'), VAR.parent]),
      new Cypher.With(VAR.parent, [VAR.parent.property('id'), VAR.parentId]),
    );
  return Cypher.utils.concat(
    new Cypher.Unwind([input('ids'), VAR.parentId]),
    new Cypher.OptionalMatch(new Cypher.Pattern(VAR.parent, { labels: [ENTITY], properties: { id: VAR.parentId } })),
    // The builder has no index hints: the one clause it cannot write.
    new Cypher.Raw((context) => `USING INDEX SEEK ${context.compile(VAR.parent)}:${ENTITY}(id)`),
  );
}
