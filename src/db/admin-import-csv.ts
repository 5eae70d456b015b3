// The CSV dialect `neo4j-admin database import full` reads, shared by the
// analytics export (files for people to import) and the bulk seeder (files
// the seeder imports itself):
// https://neo4j.com/docs/operations-manual/current/tools/neo4j-admin/neo4j-admin-import/
//
// - a header cell per column, `name:type`, where type is long, double,
//   boolean or string (no suffix), and a list `name:string[]` (or long[], ...);
// - every string quoted ("" inside), so an empty string stays an empty
//   string (an unquoted empty field is no property at all) and a field may
//   hold commas and line breaks (import with --multiline-fields=true);
// - list items joined with the array delimiter the import is told.
import { textOf } from '../text/text-of';

export type ImportScalar = 'string' | 'long' | 'double' | 'boolean';
export interface ImportColumnType {
  scalar: ImportScalar;
  array: boolean;
}

export function quoteCsv(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** `name` for a string column, `name:double`, `name:string[]`, ... otherwise. */
export function csvHeaderCell(name: string, type: ImportColumnType): string {
  const suffix = type.scalar === 'string' && !type.array ? '' : `:${type.scalar}${type.array ? '[]' : ''}`;
  const cell = `${name}${suffix}`;
  return /[",\n]/.test(cell) ? quoteCsv(cell) : cell;
}

/** A value as a field of a column of this type; null and undefined as an empty (unquoted) field: no property. */
export function csvCell(value: unknown, type: ImportColumnType, arrayDelimiter: string): string {
  if (value === null || value === undefined) return '';
  if (type.array) return quoteCsv((Array.isArray(value) ? value : [value]).map(textOf).join(arrayDelimiter));
  if (type.scalar === 'string') return quoteCsv(textOf(value));
  return textOf(value);
}
