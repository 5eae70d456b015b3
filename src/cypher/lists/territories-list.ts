// The territories list: the name-word search of the actors list and a status filter, sorted by name.
import Cypher from '@neo4j/cypher-builder';
import type { ListDeclaration } from '../list-query';
import { VAR } from '../neighbour-names';
import { matchWhere, startsWordsOf } from './list-filters';

const n = VAR.far;

export const territoriesList: ListDeclaration = {
  filters: ['status', 'words'],
  entry: { node: n },
  found: ({ given }, input) =>
    matchWhere(new Cypher.Pattern(n, { labels: ['Territory'] }), [
      ...(given.has('status') ? [Cypher.eq(n.property('status'), input('status'))] : []),
      ...(given.has('words') ? [startsWordsOf(n, input('words'))] : []),
    ]),
  key: () => Cypher.toLower(n.property('name')),
  tie: n.property('id'),
};
