// The records a change to the corpus makes: each node or relationship row
// it writes is `created` when the graph before did not hold it, `updated`
// when it did (with other properties); each row it deletes is `retracted`.
import { NODE_LABELS } from '../domain';
import type { EdgeRow, GraphRows } from '../seed/graph-rows';
import type { ChangeBatch, ChangeRecord } from './change-record';
import { WHOLE_GRAPH } from './change-record';

const edgeKey = (edge: Pick<EdgeRow, 'type' | 'from' | 'to' | 'key'>) =>
  `${edge.type}|${edge.from}|${edge.to}|${edge.key}`;

/** What a change deletes: node ids (their labels are found in the rows before) and edges. */
export interface RemovedRows {
  nodeIds: readonly string[];
  edges: readonly Pick<EdgeRow, 'type' | 'from' | 'to' | 'key'>[];
}

const NOTHING_REMOVED: RemovedRows = { nodeIds: [], edges: [] };

/** The feed records of `written` and `removed`, told created or updated by the graph rows before the change. */
export function mutationChanges(
  written: GraphRows,
  before: GraphRows | null,
  author: string,
  operation: string,
  removed: RemovedRows = NOTHING_REMOVED,
): ChangeBatch {
  const labelOf = new Map<string, string>();
  if (before) for (const label of NODE_LABELS) for (const row of before.nodes[label]) labelOf.set(row.id, label);
  const oldEdges = new Set(before ? before.edges.map(edgeKey) : []);
  const records: ChangeRecord[] = [];
  for (const label of NODE_LABELS) {
    for (const row of written.nodes[label]) {
      const kind = labelOf.has(row.id) ? 'updated' : 'created';
      records.push({ kind, entity: label, id: row.id, from: null, to: null, key: null, count: null });
    }
  }
  for (const edge of written.edges) {
    const kind = oldEdges.has(edgeKey(edge)) ? 'updated' : 'created';
    records.push({ kind, entity: edge.type, id: null, from: edge.from, to: edge.to, key: edge.key, count: null });
  }
  for (const id of removed.nodeIds) {
    records.push({
      kind: 'retracted',
      entity: labelOf.get(id) ?? 'Entity',
      id,
      from: null,
      to: null,
      key: null,
      count: null,
    });
  }
  for (const edge of removed.edges) {
    records.push({
      kind: 'retracted',
      entity: edge.type,
      id: null,
      from: edge.from,
      to: edge.to,
      key: edge.key,
      count: null,
    });
  }
  return { author, operation, records };
}

/**
 * A seed run's one record: a reseed of a million nodes must not write a
 * million records. A subscriber that sees it knows the graph was (re)seeded
 * and rereads what it shows.
 */
export function seedChanges(written: GraphRows | number): ChangeBatch {
  const count =
    typeof written === 'number'
      ? written
      : NODE_LABELS.reduce((sum, label) => sum + written.nodes[label].length, 0) + written.edges.length;
  return {
    author: 'seeder',
    operation: 'seed',
    records: [{ kind: 'seeded', entity: WHOLE_GRAPH, id: null, from: null, to: null, key: null, count }],
  };
}
