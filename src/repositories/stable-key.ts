/**
 * A string that is equal for equal values whatever their key order: JSON
 * with object keys sorted. DataLoader keys (query, parent, parameters) go
 * through it on every load, so it writes the string directly rather than
 * through JSON.stringify with a sorting replacer, without intermediate arrays.
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
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + stableKey(value[i]);
    return out + ']';
  }
  // neo4j Integers (page sizes) are objects; they print as their number.
  const integer = value as { toNumber?: () => number };
  if (typeof integer.toNumber === 'function') return String(integer.toNumber());
  const record = value as Record<string, unknown>;
  // The key functions build their objects in one order, so the keys are
  // usually sorted already: sort only when they are not.
  const keys = Object.keys(record);
  for (let i = 1; i < keys.length; i++) {
    if (keys[i - 1] > keys[i]) {
      keys.sort();
      break;
    }
  }
  let out = '{';
  for (const key of keys) {
    const field = record[key];
    if (field === undefined) continue;
    out += (out.length > 1 ? ',' : '') + JSON.stringify(key) + ':' + stableKey(field);
  }
  return out + '}';
}
