// Every seed query returns `count(*) AS written`: the rows that got through
// its MATCHes. An edge whose end is not in the store would otherwise vanish
// without a word (MATCH finds nothing, nothing is written), so a batch that
// wrote fewer rows than it was given fails the seed. The validator already
// refuses a reference to an undeclared id; this is the check that does not
// depend on it (its compact registry compares ids by hash).
import type { QueryResult } from 'neo4j-driver';

export class SeedWriteError extends Error {
  constructor(
    readonly step: string,
    readonly expected: number,
    readonly written: number,
  ) {
    super(
      `seeding ${step}: wrote ${written} of ${expected} rows in a batch; ` +
        `${expected - written} point at a node that is not in the store or have a type the query does not write ` +
        '(nothing of this transaction was committed)',
    );
    this.name = 'SeedWriteError';
  }
}

/** Throws SeedWriteError when a seed query wrote fewer rows than `expected`. */
export function assertWritten(step: string, result: QueryResult, expected: number): void {
  const value: unknown = result.records[0]?.get('written');
  const written = typeof value === 'number' ? value : value == null ? 0 : Number((value as { toNumber(): number }).toNumber());
  if (written !== expected) throw new SeedWriteError(step, expected, written);
}
