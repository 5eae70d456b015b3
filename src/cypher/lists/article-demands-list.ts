// Per article, the demands its annotations declare (their provenance),
// sorted by FIRST_VOICED or SUMMARY.
import Cypher from '@neo4j/cypher-builder';
import type { ListDeclaration } from '../list-query';
import { VAR } from '../neighbour-names';
import { demandSortKey } from './demand-sort-key';

const { far: n, parentId } = VAR;

export const articleDemandsList: ListDeclaration = {
  filters: [],
  sorts: ['SUMMARY'],
  perParent: true,
  entry: { node: n },
  found: () => new Cypher.Match(new Cypher.Pattern(n, { labels: ['Demand'], properties: { articleId: parentId } })),
  key: ({ sort }) => demandSortKey(sort),
  tie: n.property('id'),
};
