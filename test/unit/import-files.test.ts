import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EdgeRow, NODE_LABELS, NodeLabel, NodeRow } from '../../src/seed/graph-rows';
import { IMPORT_ARRAY_DELIMITER, ImportFiles, writeImportFiles } from '../../src/seed/import-files';
import { EdgeSpools, SeedDirSpools } from '../../src/seed/seed-dir-spools';

// The CSV files the bulk seeder hands to neo4j-admin: what each field says,
// what is left for after the import, and the mistakes refused with where.
// (test/integration/seed-import.test.ts imports them into a real Neo4j.)

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-import-files-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Spools as the validation pass leaves them, from rows given here. */
async function spoolsOf(nodes: Partial<Record<NodeLabel, NodeRow[]>>, edges: EdgeRow[] = []): Promise<SeedDirSpools> {
  const edgeSpools = new EdgeSpools(dir);
  for (const edge of edges) await edgeSpools.write(edge);
  return {
    nodeCount: NODE_LABELS.reduce((sum, label) => sum + (nodes[label]?.length ?? 0), 0),
    edges: edgeSpools,
    async *nodeRows(label) {
      for (const row of nodes[label] ?? []) yield { row: structuredClone(row), size: JSON.stringify(row).length };
    },
    close: () => edgeSpools.close(),
  };
}

/** A table's header line and body lines. */
function table(
  files: ImportFiles,
  kind: 'nodes' | 'relationships',
  labelsOrType: string,
): { header: string; body: string[] } {
  const entry = files[kind].find((file) => file.labelsOrType === labelsOrType);
  if (!entry) throw new Error(`no ${kind} file for ${labelsOrType}`);
  const [headerFile, bodyFile] = entry.files;
  const body = fs.readFileSync(bodyFile, 'utf8');
  return { header: fs.readFileSync(headerFile, 'utf8').trimEnd(), body: body === '' ? [] : body.trimEnd().split('\n') };
}

async function lateRows(files: ImportFiles, label: NodeLabel): Promise<NodeRow[]> {
  const rows: NodeRow[] = [];
  for await (const row of files.late[label].read()) rows.push(row);
  return rows;
}

const edge = (
  type: EdgeRow['type'],
  from: string,
  to: string,
  props: Record<string, unknown> = {},
  key = '',
): EdgeRow => ({ type, from, to, key, props });

describe('import files', () => {
  it('types each column, quotes every string, and leaves a missing property as an empty field', async () => {
    const spools = await spoolsOf({
      Statement: [
        { id: 's1', props: { text: 'He said "no", twice', quoteStart: 12, isParaphrase: false, date: null } },
        { id: 's2', props: { text: '', quoteStart: 3.5, isParaphrase: true, date: '2022-03' } },
      ],
    });
    const files = await writeImportFiles(spools, dir);
    const { header, body } = table(files, 'nodes', 'Entity:Statement');
    expect(header).toBe('id:ID(Entity),text,quoteStart:double,isParaphrase:boolean,date');
    expect(body).toEqual(['"s1","He said ""no"", twice",12,false', '"s2","",3.5,true,"2022-03"']);
    expect(files.nodeCount).toBe(2);
    expect(files.nodes.map((file) => file.labelsOrType)).toEqual(['Entity:Statement']);
  });

  it('adds a column first seen on a later row at the end, so earlier rows simply end sooner', async () => {
    const spools = await spoolsOf({
      Actor: [
        { id: 'a1', props: { name: 'Russia' } },
        { id: 'a2', props: { country: 'UA', name: 'Ukraine' } },
      ],
    });
    const { header, body } = table(await writeImportFiles(spools, dir), 'nodes', 'Entity:Actor');
    expect(header).toBe('id:ID(Entity),name,country');
    expect(body).toEqual(['"a1","Russia"', '"a2","Ukraine","UA"']);
  });

  it('joins lists with U+001F, and keeps empty lists and strings with line breaks for after the import', async () => {
    const spools = await spoolsOf({
      Actor: [
        {
          id: 'a1',
          props: { name: 'Russia', aliases: ['RF', 'Russian Federation'], aliasesText: 'RF\nRussian Federation' },
        },
        { id: 'a2', props: { name: 'Ukraine', aliases: [], aliasesText: '' } },
      ],
    });
    const files = await writeImportFiles(spools, dir);
    const { header, body } = table(files, 'nodes', 'Entity:Actor');
    expect(header).toBe('id:ID(Entity),name,aliases:string[],aliasesText');
    expect(body).toEqual([`"a1","Russia","RF${IMPORT_ARRAY_DELIMITER}Russian Federation"`, '"a2","Ukraine",,""']);
    expect(await lateRows(files, 'Actor')).toEqual([
      { id: 'a1', props: { aliasesText: 'RF\nRussian Federation' } },
      { id: 'a2', props: { aliases: [] } },
    ]);
    // No field holds a line break, so the importer can read every file in parallel.
    expect(files.nodes.every((file) => !file.multiline)).toBe(true);
  });

  it('writes edges with their ends and key, and makes repeated relations distinct, the later props winning', async () => {
    const spools = await spoolsOf({}, [
      edge('TARGETS', 's1', 'a1'),
      edge('LEADS', 'a1', 'a2', { role: 'president', article: 'art-1' }, 'art-1'),
      edge('LEADS', 'a1', 'a2', { role: 'head of state', article: 'art-1' }, 'art-1'),
      edge('LEADS', 'a1', 'a2', { role: 'leader', article: 'art-2' }, 'art-2'),
    ]);
    const files = await writeImportFiles(spools, dir);
    expect(table(files, 'relationships', 'TARGETS')).toEqual({
      header: ':START_ID(Entity),:END_ID(Entity),key',
      body: ['"s1","a1",""'],
    });
    expect(table(files, 'relationships', 'LEADS')).toEqual({
      header: ':START_ID(Entity),:END_ID(Entity),key,role,article',
      body: ['"a1","a2","art-1","head of state","art-1"', '"a1","a2","art-2","leader","art-2"'],
    });
    expect(files.edgeCount).toBe(3);
  });

  it('marks an edge file whose fields hold line breaks as multiline', async () => {
    const spools = await spoolsOf({}, [edge('LEADS', 'a1', 'a2', { role: 'first line\nsecond line' })]);
    const files = await writeImportFiles(spools, dir);
    expect(files.relationships.find((file) => file.labelsOrType === 'LEADS')?.multiline).toBe(true);
  });

  it('refuses a property whose type changes between rows, naming the label, the row and the property', async () => {
    const spools = await spoolsOf({
      Event: [
        { id: 'e1', props: { place: 'Minsk' } },
        { id: 'e2', props: { place: 42 } },
      ],
    });
    await expect(writeImportFiles(spools, dir)).rejects.toThrow(
      'Event nodes, e2: property "place" is double here and string on an earlier row',
    );
  });

  it('refuses a list item holding the list delimiter, an empty list on an edge, and a reserved property name', async () => {
    const delimiter = await spoolsOf({ Actor: [{ id: 'a1', props: { aliases: [`A${IMPORT_ARRAY_DELIMITER}B`] } }] });
    await expect(writeImportFiles(delimiter, dir)).rejects.toThrow(
      'Actor nodes, a1: property "aliases": a list item holds the control character U+001F',
    );
    const emptyOnEdge = await spoolsOf({}, [edge('TARGETS', 's1', 'a1', { notes: [] })]);
    await expect(writeImportFiles(emptyOnEdge, dir)).rejects.toThrow(
      'TARGETS edges, s1 -> a1: property "notes" is an empty list',
    );
    const reserved = await spoolsOf({ Demand: [{ id: 'd1', props: { id: 'other' } }] });
    await expect(writeImportFiles(reserved, dir)).rejects.toThrow('Demand nodes, d1: property "id" is reserved');
  });
});
