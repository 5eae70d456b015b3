// What the domain model guarantees about each relationship type, in the
// form the neighbour queries read it: which labels a type joins, which
// types carry a key or edge properties. Derived from the declarations in
// src/domain/relationships.ts (the seeder writes exactly what they say;
// test/integration/model-facts.test.ts checks them against a seeded graph).
import {
  BARE_EDGE_PROPERTIES,
  edgesAreBare,
  edgeTypes,
  farLabelOf,
  farLabelOfAll,
  hasEdgeProperties,
  isEdgeType,
  isKeyed,
} from '../domain';

export { BARE_EDGE_PROPERTIES, edgesAreBare, farLabelOf, farLabelOfAll, isEdgeType };

/** Types whose edges carry a key (the article that states them), so the same two nodes may be joined twice. */
export const KEYED_EDGE_TYPES: ReadonlySet<string> = new Set(edgeTypes().filter(isKeyed));

/** Types whose edges carry properties besides the key. */
export const EDGE_TYPES_WITH_PROPERTIES: ReadonlySet<string> = new Set(edgeTypes().filter(hasEdgeProperties));
