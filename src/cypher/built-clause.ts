import type Cypher from '@neo4j/cypher-builder';

/** A built query, and the columns its rows have: a composed query collects them by name, never reading the text. */
export interface BuiltClause {
  readonly clause: Cypher.Clause;
  readonly columns: readonly string[];
}
