// The statements list with a full-text search over quotes and paraphrases
// first (index statement_search, standard-folding analyzer; $search is a
// Lucene query the API builds from the user's words, escaped), each hit kept
// when it passes every filter given. A common word finds thousands of
// statements, so a first page searches once, counts what it found, and reads
// each hit's date but the ids (the tie) only of the hits that can be on the
// page. At 100k statements the count apart from a sorted top (a second
// search, both read for every hit) took 29.7-33.2 ms and 13,842 db hits,
// this 24.0-25.4 ms and 7,014 (bench/search-cost.ts). A page after a cursor,
// or a last page, sorts everything found. A statement always has a date (the
// annotation schema requires one), so the date is the key as it is.
import Cypher from '@neo4j/cypher-builder';
import type { BuiltClause } from '../built-clause';
import { listNodePage, orderedList, TIE } from '../list-query';
import { listPageWindow, listWindow } from '../list-page-window';
import type { ListRequest, ListTraits } from '../list-request';
import { hasCursors } from '../list-request';
import { COLUMN, VAR } from '../neighbour-names';
import type { InputOf } from '../query-input';
import { exists, nodeWithId, onOrAfter, onOrBefore } from './list-filters';

const n = VAR.far;

export const statementsSearchTraits: ListTraits = {
  filters: ['speaker', 'includeOnBehalfOf', 'article', 'target', 'mentions', 'ploverType', 'dateFrom', 'dateTo'],
  projects: true,
  handsOn: true,
};

/** The statements the search finds that pass every filter given. */
function searchMatch({ given }: ListRequest, input: InputOf): Cypher.Clause {
  const reaches = (type: string, label: string, name: string) =>
    exists(new Cypher.Pattern(n).related({ type }).to(nodeWithId(label, input(name))));
  const filters: Cypher.Predicate[] = [];
  if (given.has('speaker')) {
    const made = exists(new Cypher.Pattern(nodeWithId('Actor', input('speaker'))).related({ type: 'MADE' }).to(n));
    filters.push(given.has('includeOnBehalfOf') ? Cypher.or(made, reaches('ON_BEHALF_OF', 'Actor', 'speaker')) : made);
  }
  if (given.has('article')) filters.push(reaches('REPORTED_IN', 'Article', 'article'));
  if (given.has('target')) filters.push(reaches('TARGETS', 'Entity', 'target'));
  if (given.has('mentions')) filters.push(reaches('MENTIONS', 'Entity', 'mentions'));
  if (given.has('ploverType')) filters.push(Cypher.eq(n.property('ploverType'), input('ploverType')));
  if (given.has('dateFrom')) filters.push(onOrAfter(n.property('date'), input('dateFrom')));
  if (given.has('dateTo')) filters.push(onOrBefore(n.property('date'), input('dateTo')));
  const found = Cypher.db.index.fulltext.queryNodes('statement_search', input('search')).yield(['node', n]);
  return filters.length > 0 ? found.where(Cypher.and(...filters)) : found;
}

/**
 * A first page: the page's edge (the date of its last entry) is found from
 * the dates alone; every entry of the page is dated at the edge or before it
 * in the order (a hit past the edge follows $first hits that are not), and
 * ties on the date at the edge are why the hits up to it, not just $first,
 * are sorted by id.
 */
function firstPage(request: ListRequest, input: InputOf): Cypher.Clause {
  const { key } = VAR;
  const hits = new Cypher.NamedVariable('hits');
  const hit = new Cypher.NamedVariable('hit');
  const edge = new Cypher.NamedVariable('edge');
  const direction = request.desc ? 'DESC' : 'ASC';
  const pageEdge = Cypher.utils.concat(
    new Cypher.Unwind([hits, hit]),
    new Cypher.With([hit.property('key'), key]).orderBy([key, direction]).limit(input('first')),
    new Cypher.Return([request.desc ? Cypher.min(key) : Cypher.max(key), edge]),
  );
  const upToEdge = new Cypher.ListComprehension(hit)
    .in(hits)
    .where(request.desc ? Cypher.gte(hit.property('key'), edge) : Cypher.lte(hit.property('key'), edge));
  const page = Cypher.utils.concat(
    new Cypher.Unwind([upToEdge, hit]),
    new Cypher.With([hit.property('node'), n], [hit.property('key'), key], [hit.property('node', 'id'), TIE])
      .orderBy([key, direction], [TIE, direction])
      .limit(input('first')),
    new Cypher.Return(orderedList({ node: n })),
  );
  return Cypher.utils.concat(
    searchMatch(request, input),
    new Cypher.With([Cypher.collect(new Cypher.Map({ key: n.property('date'), node: n })), hits]),
    new Cypher.Call(pageEdge, [hits]),
    new Cypher.Call(page, [hits, edge]),
    new Cypher.Return([Cypher.size(hits), COLUMN.total], COLUMN.ordered),
  );
}

/** Every statement found, sorted. */
function allSorted(request: ListRequest, input: InputOf): Cypher.Clause {
  const direction = request.desc ? 'DESC' : 'ASC';
  return Cypher.utils.concat(
    searchMatch(request, input),
    new Cypher.With(n, [n.property('date'), VAR.key], [n.property('id'), TIE]).orderBy(
      [VAR.key, direction],
      [TIE, direction],
    ),
    new Cypher.Return(orderedList({ node: n })),
  );
}

export function statementsSearchQuery(request: ListRequest, input: InputOf): BuiltClause {
  const first = request.first && !hasCursors(request);
  const page = listNodePage(request, input, [], 'Statement');
  return {
    clause: Cypher.utils.concat(
      new Cypher.Call(first ? firstPage(request, input) : allSorted(request, input), []),
      listPageWindow(listWindow(request, first), request, input, []),
      page.clause,
    ),
    columns: page.columns,
  };
}
