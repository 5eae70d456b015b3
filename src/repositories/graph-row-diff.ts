// Which rows a change adds or alters: the seeder's rows of the corpus after
// the change, less those equal in the corpus before it. Writing only these
// keeps a mutation's transaction small; MERGE makes rewriting harmless anyway.
import { NODE_LABELS } from '../domain';
import type { EdgeRow, GraphRows, NodeRow } from '../seed/graph-rows';

const edgeKey = (edge: EdgeRow) => `${edge.type}|${edge.from}|${edge.to}|${edge.key}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Rows of `after` that are new or changed since `before` (all of them when there is no before). */
export function changedRows(before: GraphRows | null, after: GraphRows): GraphRows {
  const nodes = {} as GraphRows['nodes'];
  for (const label of NODE_LABELS) {
    const old = new Map<string, NodeRow>((before?.nodes[label] ?? []).map((row) => [row.id, row]));
    nodes[label] = after.nodes[label].filter((row) => !same(old.get(row.id), row));
  }
  const oldEdges = new Map((before?.edges ?? []).map((edge) => [edgeKey(edge), edge]));
  const edges = after.edges.filter((edge) => !same(oldEdges.get(edgeKey(edge)), edge));
  return { nodes, edges };
}

export function rowCount(rows: GraphRows): number {
  return NODE_LABELS.reduce((sum, label) => sum + rows.nodes[label].length, 0) + rows.edges.length;
}

/** What a change takes away: the ids of nodes and the edges of `before` that `after` no longer has. */
export function removedRows(before: GraphRows, after: GraphRows): { nodeIds: string[]; edges: EdgeRow[] } {
  const kept = new Set(NODE_LABELS.flatMap((label) => after.nodes[label].map((row) => row.id)));
  const nodeIds = NODE_LABELS.flatMap((label) => before.nodes[label].map((row) => row.id)).filter(
    (id) => !kept.has(id),
  );
  const keptEdges = new Set(after.edges.map(edgeKey));
  const seen = new Set<string>();
  const edges = before.edges.filter((edge) => {
    const key = edgeKey(edge);
    if (keptEdges.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { nodeIds, edges };
}
