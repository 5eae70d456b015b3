import type { Executor } from '../db/executor';

export interface GraphCounts {
  nodes: Record<string, number>;
  edges: Record<string, number>;
}

export async function graphCounts(executor: Executor): Promise<GraphCounts> {
  const rows = await executor.read<{ kind: string; name: string; count: number }>('graph-counts');
  const counts: GraphCounts = { nodes: {}, edges: {} };
  for (const row of rows) (row.kind === 'node' ? counts.nodes : counts.edges)[row.name] = row.count;
  return counts;
}

export async function isGraphEmpty(executor: Executor): Promise<boolean> {
  const [row] = await executor.read<{ empty: boolean }>('graph-is-empty');
  return row.empty;
}
