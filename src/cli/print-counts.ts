import type { GraphCounts } from '../seed/graph-counts';

/** `nodes: Actor=37 …` and `edges: MADE=93 …`, the lines tests and scripts read back. */
export function printCounts(counts: GraphCounts): void {
  const line = (entries: Record<string, number>) =>
    Object.entries(entries)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
  console.log('nodes:', line(counts.nodes));
  console.log('edges:', line(counts.edges));
}
