// The demands list: by owner, addressee, territory, kind, topic and
// $search (lower-cased) in the summary; sorted by FIRST_VOICED or SUMMARY.
import Cypher from '@neo4j/cypher-builder';
import type { ListDeclaration } from '../list-query';
import { VAR } from '../neighbour-names';
import type { QueryInput } from '../query-input';
import { demandSortKey } from './demand-sort-key';
import { exists, matchWhere, nodeWithId } from './list-filters';

const n = VAR.far;

/** `EXISTS { (n)-[:TYPE]->(:Label {id: <id>}) }`. */
const reaches = (type: string, label: string, id: QueryInput) =>
  exists(new Cypher.Pattern(n).related({ type }).to(nodeWithId(label, id)));

export const demandsList: ListDeclaration = {
  filters: ['owner', 'addressee', 'territory', 'kind', 'topic', 'search'],
  sorts: ['SUMMARY'],
  entry: { node: n },
  found: ({ given }, input) =>
    matchWhere(new Cypher.Pattern(n, { labels: ['Demand'] }), [
      ...(given.has('owner') ? [reaches('OWNED_BY', 'Actor', input('owner'))] : []),
      ...(given.has('addressee') ? [reaches('ADDRESSED_TO', 'Actor', input('addressee'))] : []),
      ...(given.has('territory') ? [reaches('CONCERNS', 'Territory', input('territory'))] : []),
      ...(given.has('kind') ? [Cypher.eq(n.property('kind'), input('kind'))] : []),
      ...(given.has('topic') ? [Cypher.eq(n.property('topic'), input('topic'))] : []),
      ...(given.has('search') ? [Cypher.contains(Cypher.toLower(n.property('summary')), input('search'))] : []),
    ]),
  key: ({ sort }) => demandSortKey(sort),
  tie: n.property('id'),
};
