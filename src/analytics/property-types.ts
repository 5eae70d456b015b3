/**
 * One type per attribute column, shared by the GraphML and CSV writers: both
 * formats declare a column's type once, for every node (or edge) in it, while
 * graph attributes are typed value by value. The narrowest type that fits
 * every non-null value wins; a column with mixed values falls back to string.
 */
export type ScalarType = 'string' | 'long' | 'double' | 'boolean';
export interface ColumnType {
  scalar: ScalarType;
  array: boolean;
}

export function scalarTypeOf(value: unknown): ScalarType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

function widen(a: ScalarType | null, b: ScalarType): ScalarType {
  if (a === null || a === b) return b;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

/** The column type for all these values (null and undefined ignored); null when none is set. */
export function columnTypeOf(values: unknown[]): ColumnType | null {
  let scalar: ScalarType | null = null;
  let arrays = 0;
  let scalars = 0;
  for (const value of values) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      arrays++;
      for (const item of value) if (item !== null && item !== undefined) scalar = widen(scalar, scalarTypeOf(item));
    } else {
      scalars++;
      scalar = widen(scalar, scalarTypeOf(value));
    }
  }
  if (arrays === 0 && scalars === 0) return null;
  // A column holding both lists and single values is written as a list.
  return { scalar: scalar ?? 'string', array: arrays > 0 };
}

/** Attribute names in a stable order: `first` ones as given, then the rest alphabetically. */
export function orderedKeys(keys: Iterable<string>, first: string[] = []): string[] {
  const all = new Set(keys);
  return [...first.filter((key) => all.has(key)), ...[...all].filter((key) => !first.includes(key)).sort()];
}
