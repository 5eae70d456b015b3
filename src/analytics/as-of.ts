// The graph as it stood on a date: what the statements dated on or before
// it had said. A statement made later, and everything that rests on it
// alone, is left out; the actors, territories and articles stay. The same
// rule, written over annotation files, is what a corpus "seeded only up to
// that date" holds (test/integration/as-of.test.ts checks that the two
// agree), so a statement's stance on a demand no kept statement raises
// goes too, as a file without that demand could not carry it.
import { onOrBefore } from '../domain/date-spec';
import type { Snapshot } from './snapshot';

/** Whether a statement counts as of `asOf`: dated, and on or before it at the coarser precision. */
export function statementHeldAsOf(date: string | null, asOf: string): boolean {
  return date !== null && onOrBefore(date, asOf);
}

export function snapshotAsOf(snapshot: Snapshot, asOf: string): Snapshot {
  const statements = snapshot.statements.filter((statement) => statementHeldAsOf(statement.date, asOf));
  const raised = new Set<string>();
  for (const statement of statements) {
    for (const { demand, stance } of statement.stances)
      if (stance === 'SETS' || stance === 'REPEATS') raised.add(demand);
  }
  const demands = new Map(
    [...snapshot.demands]
      .filter(([id]) => raised.has(id))
      .map(([id, demand]) => [
        id,
        { ...demand, conflictsWith: demand.conflictsWith.filter((conflict) => raised.has(conflict.demand)) },
      ]),
  );
  const heldStatements = new Set(statements.map((statement) => statement.id));
  const restsOnHeld = (relation: { statement: string | null }) =>
    relation.statement === null || heldStatements.has(relation.statement);
  return {
    ...snapshot,
    statements: statements.map((statement) => ({
      ...statement,
      stances: statement.stances.filter(({ demand }) => demands.has(demand)),
    })),
    demands,
    actorRelations: snapshot.actorRelations.filter(restsOnHeld),
    territoryRelations: snapshot.territoryRelations.filter(restsOnHeld),
  };
}
