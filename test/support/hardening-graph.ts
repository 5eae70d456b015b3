import type { Executor } from '../../src/db/executor';

/**
 * The whole graph as a set of canonical strings, one per node and one per
 * relationship (labels or type, ends by id, every property), so "unchanged"
 * and "nothing lost" are checked item by item, not just by counts.
 */
export interface GraphSnapshot {
  nodes: Set<string>;
  relationships: Set<string>;
}

// Static Cypher, no values in it: it reads everything but the change feed's
// records and counter (src/changes/), the log of the graph, which each write
// adds to, and the kept corpus's edition counter (annotation-store.ts), which
// each write and seed run advances. The kept corpus's items are read.
const nodesCypher =
  'MATCH (n) WHERE NOT n:Change AND NOT n:ChangeCounter AND NOT n:AnnotationCorpus ' +
  'RETURN labels(n) AS labels, properties(n) AS props';
const relationshipsCypher =
  'MATCH (a)-[r]->(b) RETURN coalesce(a.id, elementId(a)) AS from, type(r) AS type, coalesce(b.id, elementId(b)) AS to, properties(r) AS props';

export async function snapshotGraph(executor: Executor): Promise<GraphSnapshot> {
  return executor.readTransaction(async (tx) => {
    const nodes = await tx.run(nodesCypher);
    const relationships = await tx.run(relationshipsCypher);
    return {
      nodes: new Set(
        nodes.records.map(
          (record) => `${[...(record.get('labels') as string[])].sort().join(':')} ${canonical(record.get('props'))}`,
        ),
      ),
      relationships: new Set(
        relationships.records.map(
          (record) =>
            `${record.get('from')} -${record.get('type')}-> ${record.get('to')} ${canonical(record.get('props'))}`,
        ),
      ),
    };
  });
}

/** Items of `before` that `after` no longer has (changed items count as lost). */
export function lostItems(before: GraphSnapshot, after: GraphSnapshot): number {
  return missing(before.nodes, after.nodes) + missing(before.relationships, after.relationships);
}

/** Items `after` has that `before` did not. */
export function addedItems(before: GraphSnapshot, after: GraphSnapshot): number {
  return missing(after.nodes, before.nodes) + missing(after.relationships, before.relationships);
}

export function sameGraph(before: GraphSnapshot, after: GraphSnapshot): boolean {
  return lostItems(before, after) === 0 && addedItems(before, after) === 0;
}

/**
 * The graph's size as the seeder counts it: entity nodes (the kept annotation
 * corpus beside them is state too, and is compared item by item above, but is
 * not what the seeder's rows describe) and every relationship.
 */
export function size(snapshot: GraphSnapshot): { nodes: number; relationships: number } {
  const entities = [...snapshot.nodes].filter((node) => node.split(' ', 1)[0].split(':').includes('Entity')).length;
  return { nodes: entities, relationships: snapshot.relationships.size };
}

function missing(from: Set<string>, within: Set<string>): number {
  let count = 0;
  for (const item of from) if (!within.has(item)) count += 1;
  return count;
}

/** JSON with sorted keys, so property order never makes two equal nodes differ. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    // Driver temporal values print as ISO strings.
    const text = String(value);
    if (text !== '[object Object]') return JSON.stringify(text);
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
