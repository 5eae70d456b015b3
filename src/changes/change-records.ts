// The records a mutation's rows make: each node or relationship row new
// since the corpus before the change is `created`, one that was there with
// other properties `updated`. Mutations only add today; `retracted` is for
// the writes that will remove.
import { NODE_LABELS } from '../domain';
import type { Corpus } from '../seed/corpus';
import { toGraphRows } from '../seed/graph-rows';
import type { EdgeRow, GraphRows } from '../seed/graph-rows';
import type { ChangeBatch, ChangeRecord } from './change-record';
import { WHOLE_GRAPH } from './change-record';

const edgeKey = (edge: Pick<EdgeRow, 'type' | 'from' | 'to' | 'key'>) =>
  `${edge.type}|${edge.from}|${edge.to}|${edge.key}`;

/** The feed records of `rows` (what the mutation writes), told created or updated by the corpus before it. */
export function mutationChanges(
  rows: GraphRows,
  before: Corpus | null,
  author: string,
  operation: string,
): ChangeBatch {
  const old = before ? toGraphRows(before) : null;
  const oldNodes = new Set(old ? NODE_LABELS.flatMap((label) => old.nodes[label].map((row) => row.id)) : []);
  const oldEdges = new Set(old ? old.edges.map(edgeKey) : []);
  const records: ChangeRecord[] = [];
  for (const label of NODE_LABELS) {
    for (const row of rows.nodes[label]) {
      const kind = oldNodes.has(row.id) ? 'updated' : 'created';
      records.push({ kind, entity: label, id: row.id, from: null, to: null, key: null, count: null });
    }
  }
  for (const edge of rows.edges) {
    const kind = oldEdges.has(edgeKey(edge)) ? 'updated' : 'created';
    records.push({ kind, entity: edge.type, id: null, from: edge.from, to: edge.to, key: edge.key, count: null });
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
