// The records a change to the corpus makes: each node or relationship row
// it writes is `created` when the graph before did not hold it, `updated`
// when it did (with other properties); each row it deletes is `retracted`.
import { NODE_LABELS } from '../domain';
import type { EdgeRow, GraphRows, NodeRow } from '../seed/graph-rows';
import type { ChangeBatch, ChangeRecord } from './change-record';
import { WHOLE_GRAPH } from './change-record';

const edgeKey = (edge: Pick<EdgeRow, 'type' | 'from' | 'to' | 'key'>): string =>
  `${edge.type}|${edge.from}|${edge.to}|${edge.key}`;

/** What a change deletes: node ids (their labels are found in the rows before) and edges. */
export interface RemovedRows {
  nodeIds: readonly string[];
  edges: readonly Pick<EdgeRow, 'type' | 'from' | 'to' | 'key'>[];
}

const NOTHING_REMOVED: RemovedRows = { nodeIds: [], edges: [] };

/** A node row's properties as a record keeps them: with its id, which the row holds apart. */
const nodeState = (row: NodeRow | undefined): string | null =>
  row ? JSON.stringify({ ...row.props, id: row.id }) : null;
const edgeState = (row: EdgeRow | undefined): string | null => (row ? JSON.stringify(row.props) : null);

/** The feed records of `written` and `removed`, told created or updated by the graph rows before the change. */
export function mutationChanges(
  written: GraphRows,
  before: GraphRows | null,
  author: string,
  operation: string,
  removed: RemovedRows = NOTHING_REMOVED,
): ChangeBatch {
  const oldNodes = new Map<string, { label: string; row: NodeRow }>();
  if (before)
    for (const label of NODE_LABELS) for (const row of before.nodes[label]) oldNodes.set(row.id, { label, row });
  const oldEdges = new Map(before ? before.edges.map((edge) => [edgeKey(edge), edge]) : []);
  const records: ChangeRecord[] = [];
  const none = { id: null, from: null, to: null, key: null, count: null };
  for (const label of NODE_LABELS) {
    for (const row of written.nodes[label]) {
      const old = oldNodes.get(row.id)?.row;
      records.push({
        ...none,
        kind: old ? 'updated' : 'created',
        entity: label,
        id: row.id,
        before: nodeState(old),
        after: nodeState(row),
      });
    }
  }
  for (const edge of written.edges) {
    const old = oldEdges.get(edgeKey(edge));
    records.push({
      ...none,
      kind: old ? 'updated' : 'created',
      entity: edge.type,
      from: edge.from,
      to: edge.to,
      key: edge.key,
      before: edgeState(old),
      after: edgeState(edge),
    });
  }
  // A retraction keeps what was retracted, so the graph before it can still be told.
  for (const id of removed.nodeIds) {
    const old = oldNodes.get(id);
    records.push({
      ...none,
      kind: 'retracted',
      entity: old?.label ?? 'Entity',
      id,
      before: nodeState(old?.row),
      after: null,
    });
  }
  for (const edge of removed.edges) {
    records.push({
      ...none,
      kind: 'retracted',
      entity: edge.type,
      from: edge.from,
      to: edge.to,
      key: edge.key,
      before: edgeState(oldEdges.get(edgeKey(edge))),
      after: null,
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
    records: [
      {
        kind: 'seeded',
        entity: WHOLE_GRAPH,
        id: null,
        from: null,
        to: null,
        key: null,
        count,
        before: null,
        after: null,
      },
    ],
  };
}
