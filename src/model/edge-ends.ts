// Which labels each relationship type joins, and which types carry a key:
// facts of the model (docs/model.md, "Graph") that the seeder guarantees
// (the reference checks of src/seed/check-references.ts say what each id
// must point at; src/seed/graph-rows.ts sets a key only on the types below,
// and edges are written once per type, ends and key). The neighbour queries
// read them to skip work the model makes needless; the test
// test/integration/model-facts.test.ts checks them against a seeded graph.
import { ACTOR_RELATION_TYPES, RELATION_TYPES, TERRITORY_RELATION_TYPES } from '../seed/annotation.schema';
import type { EdgeType, NodeLabel } from '../seed/graph-rows';

export interface EdgeEnds {
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
}

const ends = (from: NodeLabel[], to: NodeLabel[]): EdgeEnds => ({ from, to });

export const EDGE_ENDS: Readonly<Record<EdgeType, EdgeEnds>> = {
  MADE: ends(['Actor'], ['Statement']),
  REPORTED_IN: ends(['Statement', 'Event'], ['Article']),
  ON_BEHALF_OF: ends(['Statement'], ['Actor']),
  REPORTED_BY: ends(['Statement'], ['Actor']),
  TARGETS: ends(['Statement'], ['Actor']),
  MENTIONS: ends(['Statement'], ['Actor', 'Territory', 'Event']),
  SETS: ends(['Statement'], ['Demand']),
  REPEATS: ends(['Statement'], ['Demand']),
  ACCEPTS: ends(['Statement'], ['Demand']),
  REJECTS: ends(['Statement'], ['Demand']),
  OWNED_BY: ends(['Demand'], ['Actor']),
  ADDRESSED_TO: ends(['Demand'], ['Actor']),
  CONCERNS: ends(['Demand', 'Event'], ['Territory']),
  CONFLICTS_WITH: ends(['Demand'], ['Demand']),
  ...(Object.fromEntries(ACTOR_RELATION_TYPES.map((type) => [type, ends(['Actor'], ['Actor'])])) as Record<
    (typeof ACTOR_RELATION_TYPES)[number],
    EdgeEnds
  >),
  ...(Object.fromEntries(TERRITORY_RELATION_TYPES.map((type) => [type, ends(['Actor'], ['Territory'])])) as Record<
    (typeof TERRITORY_RELATION_TYPES)[number],
    EdgeEnds
  >),
  TOOK_PART_IN: ends(['Actor'], ['Event']),
  PUBLISHED_BY: ends(['Article'], ['Actor']),
};

/**
 * Types whose edges carry a key (the article that states them), so the same
 * two nodes may be joined twice; every other type joins a pair at most once.
 */
export const KEYED_EDGE_TYPES: ReadonlySet<EdgeType> = new Set<EdgeType>(['CONFLICTS_WITH', ...RELATION_TYPES]);

/**
 * Types whose edges carry properties besides the key: a statement's span in
 * its article (REPORTED_IN), the article of a conflict and of a relation
 * (with a relation's role and date). Every other type's edges hold only the
 * empty key, so a read of them needs no edge properties (graph-rows.ts).
 */
export const EDGE_TYPES_WITH_PROPERTIES: ReadonlySet<EdgeType> = new Set<EdgeType>([
  'REPORTED_IN',
  'CONFLICTS_WITH',
  ...RELATION_TYPES,
]);

/** The properties every edge of a type outside EDGE_TYPES_WITH_PROPERTIES has. */
export const BARE_EDGE_PROPERTIES: Readonly<{ key: '' }> = Object.freeze({ key: '' });

/** Whether every edge of every one of `types` holds only the empty key (see EDGE_TYPES_WITH_PROPERTIES). */
export function edgesAreBare(types: readonly string[]): boolean {
  return types.length > 0 && types.every((type) => isEdgeType(type) && !EDGE_TYPES_WITH_PROPERTIES.has(type));
}

/** Whether `type` is a relationship type of the model (a key of EDGE_ENDS). */
export function isEdgeType(type: string): type is EdgeType {
  return Object.hasOwn(EDGE_ENDS, type);
}

/** The label of every node reached over `type` in `direction` from its parent, where the model allows one only. */
export function farLabelOf(type: EdgeType, direction: 'out' | 'in'): NodeLabel | null {
  const labels = direction === 'out' ? EDGE_ENDS[type].to : EDGE_ENDS[type].from;
  return labels.length === 1 ? labels[0] : null;
}

/** The one label every node reached over any of `types` in `direction` has, where the model allows one only. */
export function farLabelOfAll(types: readonly string[], direction: 'out' | 'in'): NodeLabel | null {
  const labels = new Set(types.map((type) => (isEdgeType(type) ? farLabelOf(type, direction) : null)));
  const [label] = labels;
  return labels.size === 1 && label ? label : null;
}
