// The events list: by kind, participant, territory, name words (events carry
// a searchText of their name) and dates; sorted by date (DATE) or name (NAME).
import Cypher from '@neo4j/cypher-builder';
import type { ListDeclaration } from '../list-query';
import { VAR } from '../neighbour-names';
import { exists, matchWhere, nodeWithId, onOrAfter, onOrBefore, startsWordsOf } from './list-filters';

const n = VAR.far;

export const eventsList: ListDeclaration = {
  filters: ['kind', 'participant', 'territory', 'words', 'dateFrom', 'dateTo'],
  sorts: ['NAME'],
  entry: { node: n },
  found: ({ given }, input) =>
    matchWhere(new Cypher.Pattern(n, { labels: ['Event'] }), [
      ...(given.has('kind') ? [Cypher.eq(n.property('kind'), input('kind'))] : []),
      ...(given.has('participant')
        ? [
            exists(
              new Cypher.Pattern(nodeWithId('Actor', input('participant'))).related({ type: 'TOOK_PART_IN' }).to(n),
            ),
          ]
        : []),
      ...(given.has('territory')
        ? [exists(new Cypher.Pattern(n).related({ type: 'CONCERNS' }).to(nodeWithId('Territory', input('territory'))))]
        : []),
      ...(given.has('words') ? [startsWordsOf(n, input('words'))] : []),
      ...(given.has('dateFrom') ? [onOrAfter(n.property('date'), input('dateFrom'))] : []),
      ...(given.has('dateTo') ? [onOrBefore(n.property('date'), input('dateTo'))] : []),
    ]),
  key: ({ sort }) =>
    sort === 'NAME' ? Cypher.toLower(n.property('name')) : Cypher.coalesce(n.property('date'), new Cypher.Literal('')),
  tie: n.property('id'),
};
