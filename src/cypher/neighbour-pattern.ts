// The relationships a neighbour read walks from each parent. With one
// relationship type the pattern names it, so a dense node reads only that
// type's relationships, not all of its own (an actor's 2,715 OWNED_BY edges
// instead of its 22,564 incoming edges at 100k); Neo4j 5.26 reads a type
// given as a parameter ($any) as a filter after the expand, so the type is
// written into the pattern. Several types match any relationship, which the
// read then filters by $types.
import Cypher from '@neo4j/cypher-builder';
import type { EdgeType } from '../domain';
import { VAR } from './neighbour-names';

/** out: from the parent along the edge's direction; in: against it. */
export type Direction = 'out' | 'in';

/** `(parent)-[r:TYPE]->(n)` (out) or `(parent)<-[r:TYPE]-(n)` (in); untyped for several types. */
export function neighbourPattern(direction: Direction, type: EdgeType | null): Cypher.Pattern {
  return new Cypher.Pattern(VAR.parent)
    .related(VAR.edge, { direction: direction === 'out' ? 'right' : 'left', ...(type ? { type } : {}) })
    .to(VAR.far);
}
