import type { Corpus } from '../../src/seed/corpus';
import type { GraphCounts } from '../../src/seed/graph-counts';
import { NODE_LABELS, toGraphRows } from '../../src/seed/graph-rows';

/** Nodes per label and edges per type that the corpus's rows make (repeated edges once). */
export function expectedCounts(corpus: Corpus): GraphCounts {
  const rows = toGraphRows(corpus);
  const nodes: Record<string, number> = {};
  for (const label of NODE_LABELS) if (rows.nodes[label].length) nodes[label] = rows.nodes[label].length;
  const edges: Record<string, number> = {};
  for (const edge of new Set(rows.edges.map((e) => `${e.type}|${e.from}|${e.to}|${e.key}`))) {
    const type = edge.split('|')[0];
    edges[type] = (edges[type] ?? 0) + 1;
  }
  return { nodes, edges };
}
