/**
 * A TypeScript-enum-like object from one of the seeder's `as const` lists, so
 * the GraphQL enums can never drift from what the annotations accept.
 */
export function enumFromList<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}
