import type { Executor } from '../../src/db/executor';

/**
 * Every node (id, labels, properties) and every edge (type, ends,
 * properties), each property with its value and its Cypher type, sorted:
 * the whole graph as text, so two ways of writing it compare with toEqual.
 * The change feed's records (src/changes/) are the log of the graph, not
 * part of it: each seed run adds its own, dated.
 */
export function wholeGraph(executor: Executor): Promise<string[]> {
  return executor.readTransaction(async (tx) => {
    const typed = '[k IN keys(x) | [k, x[k], valueType(x[k])]]';
    const nodes = await tx.run(
      `MATCH (x) WHERE NOT x:Change AND NOT x:ChangeCounter RETURN x.id AS id, labels(x) AS labels, ${typed} AS p`,
    );
    const edges = await tx.run(`MATCH (a)-[x]->(b) RETURN type(x) AS type, a.id AS from, b.id AS to, ${typed} AS p`);
    const sorted = (p: unknown[][]) => [...p].sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1));
    return [
      ...nodes.records.map((r) =>
        JSON.stringify(['node', r.get('id'), [...r.get('labels')].sort(), sorted(r.get('p'))]),
      ),
      ...edges.records.map((r) =>
        JSON.stringify(['edge', r.get('type'), r.get('from'), r.get('to'), sorted(r.get('p'))]),
      ),
    ].sort();
  });
}
