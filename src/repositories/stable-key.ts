/** JSON with object keys sorted, so equal parameter sets give equal strings. */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    // neo4j Integers (page sizes) are objects; they print as their number.
    if (typeof (inner as { toNumber?: unknown }).toNumber === 'function') return (inner as { toNumber(): number }).toNumber();
    return Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
  });
}
