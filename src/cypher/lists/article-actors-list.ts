// Per article, the actors it involves: speakers of its statements, the
// actors spoken for, aimed at or mentioned. Each actor once, sorted by name.
import Cypher from '@neo4j/cypher-builder';
import type { ListDeclaration } from '../list-query';
import { VAR } from '../neighbour-names';
import { idIndexSeek } from './index-seek';

const { far: n, parent, parentId } = VAR;

export const articleActorsList: ListDeclaration = {
  filters: [],
  perParent: true,
  entry: { node: n },
  found: () =>
    Cypher.utils.concat(
      new Cypher.Match(
        new Cypher.Pattern(parent, { labels: ['Article'], properties: { id: parentId } })
          .related({ type: 'REPORTED_IN', direction: 'left' })
          .to({ labels: ['Statement'] })
          .related({
            type: Cypher.labelExpr.or('MADE', 'ON_BEHALF_OF', 'TARGETS', 'MENTIONS'),
            direction: 'undirected',
          })
          .to(n, { labels: ['Actor'] }),
      ),
      idIndexSeek(parent, 'Article'),
      new Cypher.With(n).distinct(),
    ),
  key: () => Cypher.toLower(n.property('name')),
  tie: n.property('id'),
};
