// The sort key of a neighbour page's entries: one expression per sort, so a
// request computes only its own (a CASE over every sort cost each entry
// every branch). The sort names come from the Sort enums (src/model/sort.enum.ts).
import Cypher from '@neo4j/cypher-builder';
import { VAR } from './neighbour-names';

const EMPTY = new Cypher.Literal('');

/** The sorts with a key of their own; any other sorts by the id. */
export const KEYED_SORTS: readonly string[] = ['DATE', 'PUBLISHED', 'NAME', 'TITLE', 'SUMMARY', 'FIRST_VOICED'];

/** The types of the edges by which a statement voices a demand (first voiced: the earliest such statement). */
const VOICES = ['SETS', 'REPEATS'] as const;

/** `sort` names the key (null or an unknown name: the id); `label` is the far node's, when the walk has one. */
export function neighbourSortKey(sort: unknown, label: unknown): Cypher.Expr {
  const n = VAR.far;
  const lowerText = (property: string) => Cypher.toLower(Cypher.coalesce(n.property(property), EMPTY));
  switch (sort) {
    case 'DATE':
      // A statement always has a date (the annotation schema requires one).
      return label === 'Statement'
        ? n.property('date')
        : Cypher.coalesce(n.property('date'), n.property('publishedOn'), EMPTY);
    case 'PUBLISHED':
      return Cypher.coalesce(n.property('publishedOn'), EMPTY);
    case 'NAME':
      return lowerText('name');
    case 'TITLE':
      return lowerText('title');
    case 'SUMMARY':
      return lowerText('summary');
    case 'FIRST_VOICED':
      return Cypher.coalesce(Cypher.listIndex(firstVoiced(n), 0), EMPTY);
    default:
      return n.property('id');
  }
}

/** `COLLECT { MATCH (s:Statement)-[:SETS|REPEATS]->(n) RETURN s.date ORDER BY s.date LIMIT 1 }`. */
function firstVoiced(demand: Cypher.Node): Cypher.Collect {
  const statement = new Cypher.NamedNode('s');
  const voices = new Cypher.Pattern(statement, { labels: ['Statement'] })
    .related({ type: Cypher.labelExpr.or(...VOICES), direction: 'right' })
    .to(demand);
  return new Cypher.Collect(
    new Cypher.Match(voices).return(statement.property('date')).orderBy(statement.property('date')).limit(1),
  );
}
