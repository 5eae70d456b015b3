// The articles list: $search (lower-cased) against the title, the
// publication dates, sorted by publication date (PUBLISHED) or title (TITLE).
import Cypher from '@neo4j/cypher-builder';
import type { ListDeclaration } from '../list-query';
import { VAR } from '../neighbour-names';
import { matchWhere, onOrAfter, onOrBefore } from './list-filters';

const n = VAR.far;

export const articlesList: ListDeclaration = {
  filters: ['search', 'dateFrom', 'dateTo'],
  sorts: ['TITLE'],
  entry: { node: n },
  found: ({ given }, input) =>
    matchWhere(new Cypher.Pattern(n, { labels: ['Article'] }), [
      ...(given.has('search') ? [Cypher.contains(Cypher.toLower(n.property('title')), input('search'))] : []),
      ...(given.has('dateFrom') ? [onOrAfter(n.property('publishedOn'), input('dateFrom'))] : []),
      ...(given.has('dateTo') ? [onOrBefore(n.property('publishedOn'), input('dateTo'))] : []),
    ]),
  key: ({ sort }) =>
    sort === 'TITLE'
      ? Cypher.toLower(n.property('title'))
      : Cypher.coalesce(n.property('publishedOn'), new Cypher.Literal('')),
  tie: n.property('id'),
};
