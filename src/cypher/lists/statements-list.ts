// The statements list and the timeline of an actor, sorted by date, then id.
// The statements are first found from the most selective parameter given
// (an id; else the PLOVER type or the dates, by their indexes; else all of
// them), each once, and every filter given that the start did not apply then
// runs on those, so the result is the same whichever start was taken: each
// test costs a little on each candidate.
import Cypher from '@neo4j/cypher-builder';
import type { ListDeclaration } from '../list-query';
import type { ListRequest } from '../list-request';
import { VAR } from '../neighbour-names';
import type { InputOf } from '../query-input';
import { exists, nodeWithId, onOrAfter, onOrBefore } from './list-filters';

const n = VAR.far;
const STATEMENT = { labels: ['Statement'] };

/** `(n:Statement)-[:TYPE]->(:Label {id: <id>})`. */
const statementTo = (type: string, label: string, id: Cypher.Param | Cypher.Variable) =>
  new Cypher.Pattern(n, STATEMENT).related({ type }).to(nodeWithId(label, id));

/** `(:Actor {id: $speaker})-[:MADE]->(n)`. */
const madeBy = (speaker: Cypher.Param | Cypher.Variable, statement: Cypher.NodePatternOptions = {}) =>
  new Cypher.Pattern(nodeWithId('Actor', speaker)).related({ type: 'MADE' }).to(n, statement);

/** The statements to start from: the subquery of `CALL () { ... }`. */
function start({ given }: ListRequest, input: InputOf): Cypher.Clause {
  const distinct = (pattern: Cypher.Pattern, where?: Cypher.Predicate) => {
    const match = new Cypher.Match(pattern);
    if (where) match.where(where);
    return match.return(n).distinct();
  };
  if (given.has('speaker')) {
    const speaker = input('speaker');
    const made = distinct(madeBy(speaker, STATEMENT));
    if (!given.has('includeOnBehalfOf')) return made;
    // Statements made for the speaker by others, each once: those it made itself are above.
    const onBehalf = distinct(statementTo('ON_BEHALF_OF', 'Actor', speaker), Cypher.not(exists(madeBy(speaker))));
    return new Cypher.Union(made, onBehalf).all();
  }
  if (given.has('article')) return distinct(statementTo('REPORTED_IN', 'Article', input('article')));
  if (given.has('target')) return distinct(statementTo('TARGETS', 'Entity', input('target')));
  if (given.has('mentions')) return distinct(statementTo('MENTIONS', 'Entity', input('mentions')));
  if (given.has('dateFrom') || given.has('dateTo')) {
    // Dates are YYYY, YYYY-MM or YYYY-MM-DD (docs/model.md), so any date that
    // passes the date filters lies in this range of the date indexes.
    const inRange = Cypher.and(
      Cypher.gte(
        n.property('date'),
        Cypher.coalesce(Cypher.left(input('dateFrom'), new Cypher.Literal(4)), new Cypher.Literal('')),
      ),
      Cypher.lt(
        n.property('date'),
        Cypher.plus(Cypher.coalesce(input('dateTo'), new Cypher.Literal('9999')), new Cypher.Literal('~')),
      ),
    );
    const where = given.has('ploverType')
      ? Cypher.and(Cypher.eq(n.property('ploverType'), input('ploverType')), inRange)
      : inRange;
    return new Cypher.Match(new Cypher.Pattern(n, STATEMENT)).where(where).return(n);
  }
  if (given.has('ploverType'))
    return new Cypher.Match(
      new Cypher.Pattern(n, { labels: ['Statement'], properties: { ploverType: input('ploverType') } }),
    ).return(n);
  return new Cypher.Match(new Cypher.Pattern(n, STATEMENT)).return(n);
}

/**
 * The filters the start did not apply: a speaker is always the start when
 * given, so it is never tested again; the PLOVER type and the end date are
 * in the date indexes' seek (exact: dates are checked on input and in the
 * model); the start date's seek is the year, so its filter always runs.
 */
function remainingFilters({ given }: ListRequest, input: InputOf): Cypher.Predicate[] {
  const reaches = (type: string, label: string, name: string) =>
    exists(new Cypher.Pattern(n).related({ type }).to(nodeWithId(label, input(name))));
  const startedById = (...names: string[]) => names.some((name) => given.has(name));
  const filters: Cypher.Predicate[] = [];
  if (given.has('article') && startedById('speaker')) filters.push(reaches('REPORTED_IN', 'Article', 'article'));
  if (given.has('target') && startedById('speaker', 'article')) filters.push(reaches('TARGETS', 'Entity', 'target'));
  if (given.has('mentions') && startedById('speaker', 'article', 'target'))
    filters.push(reaches('MENTIONS', 'Entity', 'mentions'));
  if (given.has('ploverType') && startedById('speaker', 'article', 'target', 'mentions'))
    filters.push(Cypher.eq(n.property('ploverType'), input('ploverType')));
  if (given.has('dateFrom')) filters.push(onOrAfter(n.property('date'), input('dateFrom')));
  if (given.has('dateTo') && startedById('speaker', 'article', 'target', 'mentions'))
    filters.push(onOrBefore(n.property('date'), input('dateTo')));
  return filters;
}

export const statementsList: ListDeclaration = {
  filters: ['speaker', 'includeOnBehalfOf', 'article', 'target', 'mentions', 'ploverType', 'dateFrom', 'dateTo'],
  projects: true,
  handsOn: true,
  label: 'Statement',
  entry: { node: n },
  found: (request, input) => {
    const filters = remainingFilters(request, input);
    const started = new Cypher.Call(start(request, input), []);
    if (filters.length === 0) return started;
    return Cypher.utils.concat(started, new Cypher.With(n).where(Cypher.and(...filters)));
  },
  key: () => Cypher.coalesce(n.property('date'), new Cypher.Literal('')),
  tie: n.property('id'),
};
