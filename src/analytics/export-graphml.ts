import { DOUBLE_COLUMNS, ExportGraph } from './export-graph';
import { textOf } from '../text/text-of';
import { columnTypeOf, ColumnType, orderedKeys } from './property-types';

/**
 * GraphML (http://graphml.graphdrawing.org) as Gephi, yEd, networkx
 * (`read_graphml`) and APOC (`apoc.import.graphml`) read it:
 *
 * - one <key> per attribute, typed long, double, boolean or string;
 *   GraphML has no lists, so list values are joined with ";";
 * - node labels in `labels` as ":Actor:Entity" (APOC's convention);
 * - `label` on nodes is a display name (name, title, summary or id, what
 *   Gephi and yEd show) and on edges the relationship type (APOC's
 *   convention for relationship types).
 */
export function toGraphML(graph: ExportGraph): string {
  const nodeKeys = keysOf(
    graph.mapNodes((_node, attributes) => attributes),
    ['labels'],
    'n',
  );
  const edgeKeys = keysOf(
    graph.mapEdges((_edge, attributes) => attributes),
    ['type'],
    'e',
  );
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <key id="label" for="all" attr.name="label" attr.type="string"/>`,
  ];
  nodeKeys.forEach((key) => lines.push(keyLine(key, 'node')));
  edgeKeys.forEach((key) => lines.push(keyLine(key, 'edge')));
  lines.push(`  <graph id="G" edgedefault="${graph.type === 'undirected' ? 'undirected' : 'directed'}">`);

  graph.forEachNode((node, attributes) => {
    const data = [dataLine('label', displayName(node, attributes))];
    for (const key of nodeKeys) {
      const value = attributes[key.name];
      if (value === null || value === undefined) continue;
      data.push(
        dataLine(key.id, key.name === 'labels' && Array.isArray(value) ? `:${value.join(':')}` : valueText(value)),
      );
    }
    lines.push(`    <node id="${escapeXml(node)}">${data.join('')}</node>`);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    const data = [dataLine('label', attributes.type)];
    for (const key of edgeKeys) {
      const value = attributes[key.name];
      if (value === null || value === undefined) continue;
      data.push(dataLine(key.id, valueText(value)));
    }
    lines.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${data.join('')}</edge>`,
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

interface Key {
  id: string;
  name: string;
  type: ColumnType;
}

function keysOf(rows: Record<string, unknown>[], first: string[], prefix: string): Key[] {
  const names = orderedKeys(
    rows.flatMap((row) => Object.keys(row)),
    first,
  ).filter((name) => name !== 'label');
  return names.flatMap((name, index) => {
    const type = columnTypeOf(rows.map((row) => row[name]));
    if (!type) return [];
    const scalar = DOUBLE_COLUMNS.has(name) && type.scalar === 'long' ? 'double' : type.scalar;
    return [{ id: `${prefix}${index}`, name, type: { ...type, scalar } }];
  });
}

function keyLine(key: Key, target: 'node' | 'edge'): string {
  // Lists become ";"-joined strings: GraphML has no list type.
  const type = key.type.array ? 'string' : key.type.scalar;
  return `  <key id="${key.id}" for="${target}" attr.name="${escapeXml(key.name)}" attr.type="${type}"/>`;
}

function dataLine(keyId: string, text: string): string {
  return `<data key="${keyId}">${escapeXml(text)}</data>`;
}

function valueText(value: unknown): string {
  return Array.isArray(value) ? value.map(textOf).join(';') : textOf(value);
}

function displayName(node: string, attributes: Record<string, unknown>): string {
  for (const key of ['name', 'title', 'summary']) {
    if (typeof attributes[key] === 'string' && attributes[key] !== '') return attributes[key] as string;
  }
  return node;
}

/** XML 1.0 text: the five entities escaped, characters XML cannot hold dropped. */
export function escapeXml(text: string): string {
  return Array.from(text)
    .filter(isXmlChar)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** XML 1.0's Char production: tab, newline, carriage return and the printable planes. */
function isXmlChar(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  if (code === 0x09 || code === 0x0a || code === 0x0d) return true;
  return (
    (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
  );
}
