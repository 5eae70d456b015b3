/**
 * A string that is equal for equal values whatever their key order: JSON
 * with object keys sorted. DataLoader keys (query, parent, parameters) go
 * through it on every load, so it writes the string directly rather than
 * through JSON.stringify with a sorting replacer.
 */
export function stableKey(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      break;
    default:
      return 'null';
  }
  if (Array.isArray(value)) return `[${value.map(stableKey).join(',')}]`;
  // neo4j Integers (page sizes) are objects; they print as their number.
  const integer = value as { toNumber?: () => number };
  if (typeof integer.toNumber === 'function') return String(integer.toNumber());
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${stableKey(record[key])}`).join(',')}}`;
}
