import { importCommand, toNeo4jAdminCsv } from './export-csv';
import type { ExportGraph, ExportGraphName } from './export-graph';
import { toGraphML } from './export-graphml';
import { toGraphologyJson } from './export-graphology';
import type { Level } from './sides';

export type ExportFormat = 'GRAPHML' | 'GRAPHOLOGY' | 'CSV';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['GRAPHML', 'GRAPHOLOGY', 'CSV'];
export const EXPORT_GRAPHS: readonly ExportGraphName[] = ['FULL', 'INFLUENCE', 'AGREEMENT'];

export interface ExportFile {
  name: string;
  mediaType: string;
  content: string;
}

export interface ExportResult {
  graph: ExportGraphName;
  format: ExportFormat;
  /** ACTOR or SIDE for the projections; null for the full graph. */
  level: Level | null;
  nodeCount: number;
  edgeCount: number;
  files: ExportFile[];
}

/** Writes one graph in one format, as named files (CSV is several files, the others one). */
export function writeExport(
  graph: ExportGraph,
  name: ExportGraphName,
  format: ExportFormat,
  level: Level | null,
): ExportResult {
  const stem = `peacegraph-${name.toLowerCase()}${level ? `-${level.toLowerCase()}` : ''}`;
  let files: ExportFile[];
  if (format === 'GRAPHML') {
    files = [{ name: `${stem}.graphml`, mediaType: 'application/graphml+xml', content: toGraphML(graph) }];
  } else if (format === 'GRAPHOLOGY') {
    files = [{ name: `${stem}.graphology.json`, mediaType: 'application/json', content: toGraphologyJson(graph) }];
  } else {
    const csv = toNeo4jAdminCsv(graph);
    files = [
      ...csv.map((file) => ({ name: file.name, mediaType: 'text/csv', content: file.content })),
      { name: 'neo4j-admin-import.txt', mediaType: 'text/plain', content: importCommand(csv) },
    ];
  }
  return { graph: name, format, level, nodeCount: graph.order, edgeCount: graph.size, files };
}
