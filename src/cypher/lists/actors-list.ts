// The actors list: filtered by kind, country and name words (list-filters.ts), sorted by name.
import Cypher from '@neo4j/cypher-builder';
import type { ListDeclaration } from '../list-query';
import { VAR } from '../neighbour-names';
import { matchWhere, startsWordsOf } from './list-filters';

const n = VAR.far;

export const actorsList: ListDeclaration = {
  filters: ['kind', 'country', 'words'],
  projects: true,
  handsOn: true,
  label: 'Actor',
  entry: { node: n },
  found: ({ given }, input) =>
    matchWhere(new Cypher.Pattern(n, { labels: ['Actor'] }), [
      ...(given.has('kind') ? [Cypher.eq(n.property('kind'), input('kind'))] : []),
      ...(given.has('country') ? [Cypher.eq(n.property('country'), input('country'))] : []),
      ...(given.has('words') ? [startsWordsOf(n, input('words'))] : []),
    ]),
  key: () => Cypher.toLower(n.property('name')),
  tie: n.property('id'),
};
