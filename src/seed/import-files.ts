// Spooled seed rows as the CSV files `neo4j-admin database import` reads:
// one table per node label and one per edge type, each written in one pass
// over its spool. A table's columns are learnt as rows come (a property
// first seen on a later row adds a column at the end; earlier rows simply
// end sooner, which the importer reads as "no property"), and its header,
// known only at the end, goes into a file of its own that the import names
// first. Memory: one buffer per table being written, and for the relation
// types, which may repeat across files, one run of their external sort
// (distinct-edges-on-disk.ts).
//
// Node property values that a CSV field cannot carry cheaply are written
// after the import instead, through Bolt: an empty list (an empty field is
// no property) and a string with a line break (the importer reads such
// files only in its multiline mode, which parses every file in one thread:
// at 100k statements the import took 21 s with it and 11 s without).
import { open } from 'node:fs/promises';
import path from 'node:path';
import { csvCell, csvHeaderCell, ImportColumnType, quoteCsv } from '../db/admin-import-csv';
import type { AdminImportFile } from '../db/neo4j-admin-import';
import { EdgeRow, NODE_LABELS, NodeLabel, NodeRow } from './graph-rows';
import type { SeedDirSpools } from './seed-dir-spools';
import { Spool } from './spool';
import { distinctEdgesOnDisk } from './distinct-edges-on-disk';
import { creatableEdgeType } from './write-queries';

/** Between list items: a control character no annotation holds (a list item that does is refused). */
export const IMPORT_ARRAY_DELIMITER = '\u001f';

export interface ImportFiles {
  nodes: AdminImportFile[];
  relationships: AdminImportFile[];
  /** Node properties to set after the import (empty lists, strings with line breaks), on disk, per label. */
  late: Record<NodeLabel, Spool<NodeRow>>;
  nodeCount: number;
  edgeCount: number;
}

/** Writes the import files into `dir`. On a refused row, every file is closed before the error goes on. */
export async function writeImportFiles(spools: SeedDirSpools, dir: string): Promise<ImportFiles> {
  const late = Object.fromEntries(NODE_LABELS.map((label) => [label, new Spool<NodeRow>(path.join(dir, `late-${label}.jsonl`))]));
  const files: ImportFiles = { nodes: [], relationships: [], late: late as ImportFiles['late'], nodeCount: 0, edgeCount: 0 };
  try {
    for (const label of NODE_LABELS) {
      const table = await CsvTable.create(dir, `nodes-${label}`, `${label} nodes`, ['id:ID(Entity)']);
      await fill(table, async () => {
        for await (const { row } of spools.nodeRows(label)) {
          const { now, later } = splitLateProps(row.props);
          await table.row(row.id, [quoteCsv(row.id)], now);
          if (later) await files.late[label].write({ id: row.id, props: later });
        }
      });
      if (table.rowCount === 0) {
        await table.discard();
        continue;
      }
      files.nodes.push({ labelsOrType: `Entity:${label}`, ...(await table.close()) });
      files.nodeCount += table.rowCount;
    }

    for (const [type, entries] of spools.edges.byType()) {
      const table = await CsvTable.create(dir, `relationships-${type}`, `${type} edges`, [':START_ID(Entity)', ':END_ID(Entity)', 'key']);
      const write = (edge: EdgeRow) =>
        table.row(`${edge.from} -> ${edge.to}`, [quoteCsv(edge.from), quoteCsv(edge.to), quoteCsv(edge.key)], edge.props, { refuseEmptyLists: true });
      await fill(table, async () => {
        if (creatableEdgeType(type)) {
          for await (const { item } of entries()) await write(item);
        } else {
          // Relation types may repeat across files (write-queries.ts): made distinct by sorting them on disk, not in a map of them all.
          for await (const edge of distinctEdgesOnDisk(items(entries()), { dir })) await write(edge);
        }
      });
      files.relationships.push({ labelsOrType: type, ...(await table.close()) });
      files.edgeCount += table.rowCount;
    }
    return files;
  } catch (error) {
    for (const spool of Object.values(files.late)) await spool.close();
    throw error;
  }
}

async function* items<T>(entries: AsyncIterable<{ item: T }>): AsyncGenerator<T> {
  for await (const { item } of entries) yield item;
}

/** Runs `writeRows` on the table, closing its file if a row is refused. */
async function fill(table: CsvTable, writeRows: () => Promise<void>): Promise<void> {
  try {
    await writeRows();
  } catch (error) {
    await table.discard();
    throw error;
  }
}

/** A node's properties split into those the import file takes and those set after the import (none: undefined). */
function splitLateProps(props: Record<string, unknown>): { now: Record<string, unknown>; later?: Record<string, unknown> } {
  let later: Record<string, unknown> | undefined;
  const now: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    const isLate = (Array.isArray(value) && value.length === 0) || (typeof value === 'string' && /[\r\n]/.test(value));
    if (isLate) (later ??= {})[key] = value;
    else now[key] = value;
  }
  return { now, later };
}

type ColumnType = ImportColumnType | 'empty list';

/** One import table: a header file and a body file, its columns and their types learnt from the rows. */
class CsvTable {
  private readonly columns = new Map<string, ColumnType>();
  rowCount = 0;

  private constructor(
    private readonly headerFile: string,
    private readonly body: BufferedFile,
    private readonly what: string,
    private readonly leadingHeader: string[],
  ) {}

  static async create(dir: string, name: string, what: string, leadingHeader: string[]): Promise<CsvTable> {
    const headerFile = path.join(dir, `${name}.header.csv`);
    return new CsvTable(headerFile, await BufferedFile.create(path.join(dir, `${name}.csv`)), what, leadingHeader);
  }

  /** Writes one row: its leading cells (ids) as given, then its properties in column order. */
  async row(rowName: string, leadingCells: string[], props: Record<string, unknown>, options: { refuseEmptyLists?: boolean } = {}): Promise<void> {
    this.rowCount += 1;
    const where = (key: string) => `${this.what}, ${rowName}: property "${key}"`;
    for (const [key, value] of Object.entries(props)) {
      if (key === 'id' || key === 'key') throw new Error(`${where(key)} is reserved for the import's own columns`);
      if (value === null || value === undefined || this.columns.get(key) === typeOf(value, where(key))) continue;
      this.learn(key, typeOf(value, where(key)), where(key), options);
    }
    const cells = [...this.columns].map(([key, type]) => this.cell(props[key], type, where(key)));
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    await this.body.write([...leadingCells, ...cells].join(',') + '\n');
  }

  /** Writes the header, closes the body; the files in the order the import reads them. */
  async close(): Promise<{ files: string[]; multiline: boolean }> {
    await this.body.close();
    const header = [...this.leadingHeader, ...[...this.columns].map(([name, type]) => csvHeaderCell(name, columnType(type)))];
    const headerFile = await BufferedFile.create(this.headerFile);
    await headerFile.write(header.join(',') + '\n');
    await headerFile.close();
    return { files: [this.headerFile, this.body.file], multiline: this.body.multiline };
  }

  async discard(): Promise<void> {
    await this.body.close();
  }

  private learn(key: string, type: ColumnType, where: string, options: { refuseEmptyLists?: boolean }): void {
    if (type === 'empty list' && options.refuseEmptyLists) throw new Error(`${where} is an empty list, which an import file cannot hold on an edge`);
    const known = this.columns.get(key);
    if (known === undefined || known === 'empty list') {
      if (known === 'empty list' && type !== 'empty list' && !type.array) throw mismatch(where, type, known);
      // A new column goes last, so the cells written so far stay in place.
      if (known === undefined || type !== 'empty list') this.columns.set(key, type);
      return;
    }
    if (type === 'empty list' ? !known.array : known.scalar !== type.scalar || known.array !== type.array) throw mismatch(where, type, known);
  }

  private cell(value: unknown, type: ColumnType, where: string): string {
    // An empty list is left out here and set after the import (ImportFiles.emptyLists).
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return '';
    if (Array.isArray(value) && value.some((item) => String(item).includes(IMPORT_ARRAY_DELIMITER))) {
      throw new Error(`${where}: a list item holds the control character U+001F, which separates list items in the import files`);
    }
    return csvCell(value, columnType(type), IMPORT_ARRAY_DELIMITER);
  }
}

function mismatch(where: string, type: ColumnType, known: ColumnType): Error {
  return new Error(`${where} is ${describe(type)} here and ${describe(known)} on an earlier row; an import file column holds one type`);
}

/** The types of each scalar, one object each, so a column's type can be compared by identity. */
const SCALARS = {
  string: { scalar: 'string', array: false },
  double: { scalar: 'double', array: false },
  boolean: { scalar: 'boolean', array: false },
} as const satisfies Record<string, ImportColumnType>;
const LISTS = {
  string: { scalar: 'string', array: true },
  double: { scalar: 'double', array: true },
  boolean: { scalar: 'boolean', array: true },
} as const satisfies Record<string, ImportColumnType>;

/**
 * The import type of a property value. Numbers are doubles: the Bolt seeder
 * sends JavaScript numbers, which neo4j-driver writes as floats, and both
 * ways of seeding must store the same graph.
 */
function typeOf(value: unknown, where: string): ColumnType {
  if (!Array.isArray(value)) return SCALARS[scalarOf(value, where)];
  if (value.length === 0) return 'empty list';
  const scalars = new Set(value.map((item) => scalarOf(item, where)));
  if (scalars.size > 1) throw new Error(`${where} is a list mixing ${[...scalars].join(' and ')} items`);
  return LISTS[[...scalars][0]];
}

function scalarOf(value: unknown, where: string): keyof typeof SCALARS {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  throw new Error(`${where} holds a ${value === null ? 'null' : typeof value} value, which cannot be imported`);
}

/** A column seen only with empty lists: a list of strings, every field of it empty. */
function columnType(type: ColumnType): ImportColumnType {
  return type === 'empty list' ? LISTS.string : type;
}

function describe(type: ColumnType): string {
  return type === 'empty list' ? 'an empty list' : `${type.scalar}${type.array ? '[]' : ''}`;
}

/** A file written through a 64 KiB buffer, noting whether any field held a line break. */
class BufferedFile {
  private buffer: string[] = [];
  private buffered = 0;
  /** True once a line holds a line break inside a field (a CSV line itself ends with the only other one). */
  multiline = false;

  private constructor(
    readonly file: string,
    private readonly handle: Awaited<ReturnType<typeof open>>,
  ) {}

  static async create(file: string): Promise<BufferedFile> {
    return new BufferedFile(file, await open(file, 'w'));
  }

  async write(line: string): Promise<void> {
    if (!this.multiline && /[\r\n]/.test(line.slice(0, -1))) this.multiline = true;
    this.buffer.push(line);
    this.buffered += line.length;
    if (this.buffered >= 1 << 16) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    await this.handle.close();
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const text = this.buffer.join('');
    this.buffer = [];
    this.buffered = 0;
    await this.handle.write(text);
  }
}
