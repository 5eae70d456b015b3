// The sort keys of the demand lists: SUMMARY by the summary, else
// FIRST_VOICED, the date of the earliest statement that sets or repeats the
// demand (as a neighbour page sorts demands, neighbour-sort-key.ts, whose
// variable `n` the demand lists use too).
import Cypher from '@neo4j/cypher-builder';
import { VAR } from '../neighbour-names';
import { neighbourSortKey } from '../neighbour-sort-key';

export function demandSortKey(sort: string | null): Cypher.Expr {
  return sort === 'SUMMARY' ? Cypher.toLower(VAR.far.property('summary')) : neighbourSortKey('FIRST_VOICED', 'Demand');
}
