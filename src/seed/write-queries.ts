// The Cypher that writes seed rows: a node query per label and one small
// edge query per type, shared by every seeding path. Two flavours: MERGE
// (idempotent, for a store that already holds entities) and CREATE (for an
// empty store, where there is nothing to merge with; see write-mode.ts).
import { namedQuery } from '../db/named-queries';
import { RELATION_TYPES } from './annotation.schema';
import { edgeWriteOfType } from '../cypher/edge-write-queries';
import { EDGE_TYPES, EdgeRow, EdgeType, NODE_LABELS, NODE_WRITE_QUERY, NodeLabel } from './graph-rows';

/** How rows are written: MERGE on ids (re-seedable) or CREATE (empty store only). */
export type WriteMode = 'merge' | 'create';

/**
 * Edge types the corpus can repeat across files: a relation is keyed by its
 * article and may be declared in any file, so two files can state the same
 * one. The seeder only deduplicates within a file, so these always MERGE
 * (they are few: about one per two articles). Every other edge hangs off a
 * node declared in exactly one file (a statement, a demand, an event, an
 * article), so its duplicates, if any, are in that file.
 */
const CROSS_FILE_TYPES: ReadonlySet<string> = new Set(RELATION_TYPES);

export function nodeWriteQuery(label: NodeLabel, mode: WriteMode = 'merge'): string {
  if (mode === 'merge') return namedQuery(NODE_WRITE_QUERY[label]);
  return fromTemplate('seed-create-nodes-of-label', ':NODE_LABEL ', `:${label} `, label, NODE_LABELS);
}

/**
 * The Cypher that writes a batch of edges of one type (src/cypher/edge-write-queries.ts):
 * one small query per type plans in milliseconds and MERGEs by expanding
 * between the two ends; seed-edges (every type in one query, for the API's
 * mutations) takes seconds to plan. In create mode the relation types still
 * MERGE (see CROSS_FILE_TYPES).
 */
export function edgeWriteQuery(type: EdgeType, mode: WriteMode = 'merge'): string {
  const create = mode === 'create' && !CROSS_FILE_TYPES.has(type);
  return edgeWriteOfType(type, create ? 'create' : 'merge');
}

/** True when edges of this type may be CREATEd after deduplicating within a file. */
export function creatableEdgeType(type: EdgeType): boolean {
  return !CROSS_FILE_TYPES.has(type);
}

const filled = new Map<string, string>();

/** A named query with its one placeholder replaced by a label from a fixed list (never from input). */
function fromTemplate(name: string, placeholder: string, replacement: string, value: string, allowed: readonly string[]): string {
  const cacheKey = `${name}\n${value}`;
  let query = filled.get(cacheKey);
  if (query === undefined) {
    if (!allowed.includes(value)) throw new Error(`${name}: not an allowed label or type: ${String(value)}`);
    const template = namedQuery(name);
    query = template.split(placeholder).join(replacement);
    if (query === template || query.includes(placeholder)) throw new Error(`${name}.cypher must hold exactly one ${placeholder.trim()}`);
    filled.set(cacheKey, query);
  }
  return query;
}

/** Edges grouped by type, types in EDGE_TYPES order. */
export function edgesByType(edges: readonly EdgeRow[]): [EdgeType, EdgeRow[]][] {
  const groups = new Map<EdgeType, EdgeRow[]>(EDGE_TYPES.map((type) => [type, []]));
  for (const edge of edges) groups.get(edge.type)!.push(edge);
  return [...groups].filter(([, group]) => group.length > 0);
}

/**
 * The edges without repeats of the same (type, from, to, key), in first-seen
 * order: MERGE writes a repeat once (its props applied in turn, the later
 * winning), so CREATE must see it once, with the props merged the same way.
 */
export function distinctEdges(edges: readonly EdgeRow[]): EdgeRow[] {
  const seen = new Map<string, EdgeRow>();
  const distinct: EdgeRow[] = [];
  for (const edge of edges) {
    const key = `${edge.type}\u0000${edge.from}\u0000${edge.to}\u0000${edge.key}`;
    const first = seen.get(key);
    if (first) {
      first.props = { ...first.props, ...edge.props };
      continue;
    }
    seen.set(key, edge);
    distinct.push(edge);
  }
  return distinct;
}
