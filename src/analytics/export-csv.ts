import { DOUBLE_COLUMNS, ExportGraph } from './export-graph';
import { csvCell, csvHeaderCell, quoteCsv as quote } from '../db/admin-import-csv';
import { columnTypeOf, ColumnType, orderedKeys } from './property-types';

/**
 * CSV in the layout `neo4j-admin database import full` reads
 * (https://neo4j.com/docs/operations-manual/current/tools/neo4j-admin/neo4j-admin-import/):
 *
 * - one nodes file per primary label, header `id:ID,:LABEL,<property>:<type>,...`,
 *   all labels in `:LABEL` joined with ";" (Actor;Entity);
 * - one relationships file per type, header `:START_ID,:END_ID,:TYPE,<property>:<type>,...`;
 * - types long, double, boolean, string (no suffix), and lists as `:string[]`
 *   (or long[], ...) with ";" between items, the importer's default array delimiter;
 * - every string quoted ("" inside), so an empty string stays empty and a
 *   field may hold commas and line breaks (import with --multiline-fields=true).
 *
 * Ids are the graph's global ids, so one ID space serves every file.
 */
export interface CsvFile {
  name: string;
  content: string;
  rows: number;
}

/** The label a node's file is named after: the first label other than Entity. */
function primaryLabel(labels: string[]): string {
  return labels.find((label) => label !== 'Entity') ?? labels[0] ?? 'Node';
}

export function toNeo4jAdminCsv(graph: ExportGraph): CsvFile[] {
  const nodeGroups = new Map<string, { id: string; labels: string[]; props: Record<string, unknown> }[]>();
  graph.forEachNode((id, { labels, ...props }) => {
    const label = primaryLabel(labels);
    nodeGroups.set(label, [...(nodeGroups.get(label) ?? []), { id, labels, props }]);
  });
  const edgeGroups = new Map<string, { from: string; to: string; props: Record<string, unknown> }[]>();
  graph.forEachEdge((_edge, { type, ...props }, from, to) => {
    edgeGroups.set(type, [...(edgeGroups.get(type) ?? []), { from, to, props }]);
  });

  const files: CsvFile[] = [];
  for (const [label, rows] of [...nodeGroups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const columns = columnsOf(rows.map((row) => row.props));
    const header = ['id:ID', ':LABEL', ...columns.map(headerOf)];
    const lines = rows.map((row) => [
      quote(row.id),
      quote(row.labels.join(';')),
      ...columns.map((c) => cell(row.props[c.name], c.type)),
    ]);
    files.push({ name: `nodes-${label}.csv`, content: toCsv(header, lines), rows: rows.length });
  }
  for (const [type, rows] of [...edgeGroups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const columns = columnsOf(rows.map((row) => row.props));
    const header = [':START_ID', ':END_ID', ':TYPE', ...columns.map(headerOf)];
    const lines = rows.map((row) => [
      quote(row.from),
      quote(row.to),
      quote(type),
      ...columns.map((c) => cell(row.props[c.name], c.type)),
    ]);
    files.push({ name: `relationships-${type}.csv`, content: toCsv(header, lines), rows: rows.length });
  }
  return files;
}

/** The neo4j-admin command that imports these files into an empty database. */
export function importCommand(files: CsvFile[], database = 'neo4j'): string {
  const args = files.map((file) =>
    file.name.startsWith('nodes-') ? `--nodes=${file.name}` : `--relationships=${file.name}`,
  );
  return [
    `neo4j-admin database import full ${database} \\`,
    '  --multiline-fields=true --array-delimiter=";" \\',
    ...args.map((arg, index) => `  ${arg}${index < args.length - 1 ? ' \\' : ''}`),
    '',
  ].join('\n');
}

interface Column {
  name: string;
  type: ColumnType;
}

function columnsOf(rows: Record<string, unknown>[]): Column[] {
  return orderedKeys(rows.flatMap((row) => Object.keys(row))).flatMap((name) => {
    const type = columnTypeOf(rows.map((row) => row[name]));
    if (!type) return [];
    const scalar = DOUBLE_COLUMNS.has(name) && type.scalar === 'long' ? 'double' : type.scalar;
    return [{ name, type: { ...type, scalar } }];
  });
}

function headerOf(column: Column): string {
  return csvHeaderCell(column.name, column.type);
}

/** Lists with ";" between items: the importer's default array delimiter, so the printed command needs no option for it. */
function cell(value: unknown, type: ColumnType): string {
  return csvCell(value, type, ';');
}

function toCsv(header: string[], lines: string[][]): string {
  return [header.join(','), ...lines.map((line) => line.join(','))].join('\n') + '\n';
}
