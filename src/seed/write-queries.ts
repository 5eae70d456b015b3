// The Cypher that writes seed rows: a node query per label and one small
// edge query per type, shared by every seeding path.
import { namedQuery } from '../db/named-queries';
import { EDGE_TYPES, EdgeRow, EdgeType, NODE_WRITE_QUERY, NodeLabel } from './graph-rows';

export function nodeWriteQuery(label: NodeLabel): string {
  return namedQuery(NODE_WRITE_QUERY[label]);
}

const edgeQueries = new Map<EdgeType, string>();

/**
 * The Cypher that writes a batch of edges of one type: seed-edges-of-type
 * with the type in place. Types come from EDGE_TYPES only, never from input.
 * One small query per type plans in milliseconds and MERGEs by expanding
 * between the two ends; seed-edges (every type in one query, for the API's
 * mutations) takes seconds to plan.
 */
export function edgeWriteQuery(type: EdgeType): string {
  let query = edgeQueries.get(type);
  if (query === undefined) {
    if (!(EDGE_TYPES as readonly string[]).includes(type)) throw new Error(`not an edge type: ${String(type)}`);
    const template = namedQuery('seed-edges-of-type');
    query = template.replace(/\[r:EDGE_TYPE /g, `[r:${type} `);
    if (query === template || query.includes('[r:EDGE_TYPE ')) throw new Error('seed-edges-of-type.cypher must hold exactly one [r:EDGE_TYPE ...]');
    edgeQueries.set(type, query);
  }
  return query;
}

/** Edges grouped by type, types in EDGE_TYPES order. */
export function edgesByType(edges: readonly EdgeRow[]): [EdgeType, EdgeRow[]][] {
  const groups = new Map<EdgeType, EdgeRow[]>(EDGE_TYPES.map((type) => [type, []]));
  for (const edge of edges) groups.get(edge.type)!.push(edge);
  return [...groups].filter(([, group]) => group.length > 0);
}

