import type { ExportGraph } from './export-graph';

/**
 * graphology's own serialisation (https://graphology.github.io/serialization):
 * `Graph.from(json)` or `graph.import(json)` rebuilds the graph with the same
 * type (directed, undirected, multi), keys and attributes, lists included.
 */
export function toGraphologyJson(graph: ExportGraph): string {
  return `${JSON.stringify(graph.export(), null, 1)}\n`;
}
