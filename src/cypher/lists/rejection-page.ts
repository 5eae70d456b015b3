// The page of a rejection list: the REJECTS edges were found, counted and
// sorted by key and tie alone; the walk around them (rejecter, principal,
// owner, article) is taken for the page's entries only, in the page's order.
// It relies on the model (docs/model.md): a statement has one speaker
// (MADE), one article (REPORTED_IN) and at most one principal
// (ON_BEHALF_OF), a demand one owner (OWNED_BY), so each edge is one entry.
import Cypher from '@neo4j/cypher-builder';
import type { ListPage } from '../list-query';
import type { ListRequest } from '../list-request';
import { COLUMN, VAR } from '../neighbour-names';
import { pageSlice } from '../neighbour-page-window';
import { projectedNode } from '../node-projection';
import type { InputOf } from '../query-input';

export const statement = new Cypher.NamedNode('s');
export const demand = new Cypher.NamedNode('d');

/** What the rejection lists' ordered entries hold. */
export const REJECTION_ENTRY = { statement, demand } as const;

/** The date of the statement, then the two ids. */
export const rejectionKey = () => Cypher.coalesce(statement.property('date'), new Cypher.Literal(''));
export const rejectionTie = Cypher.plus(statement.property('id'), new Cypher.Literal('|'), demand.property('id'));

export function rejectionPage(request: ListRequest, input: InputOf, carried: readonly Cypher.Variable[]): ListPage {
  const { total, startAt, endAt, page } = COLUMN;
  const { entry: x } = VAR;
  const slice = new Cypher.NamedVariable('slice');
  const i = new Cypher.NamedVariable('i');
  const rejecter = new Cypher.NamedNode('rejecter');
  const article = new Cypher.NamedNode('a');
  const owner = new Cypher.NamedNode('owner');
  const principal = new Cypher.NamedNode('principal');
  const ACTOR = { labels: ['Actor'] };
  const node = (variable: Cypher.Node, label: string) =>
    request.projected ? projectedNode(variable, input('fields').property(label)) : Cypher.properties(variable);
  const principalNode = request.projected
    ? new Cypher.Case().when(Cypher.isNull(principal)).then(Cypher.Null).else(node(principal, 'Actor'))
    : Cypher.properties(principal);
  const walk = Cypher.utils.concat(
    new Cypher.Unwind([
      Cypher.range(new Cypher.Literal(0), Cypher.minus(Cypher.size(slice), new Cypher.Literal(1))),
      i,
    ]),
    new Cypher.With(i, [itemAt(slice, i), x]),
    new Cypher.With(i, x, [x.property('statement'), statement], [x.property('demand'), demand]),
    new Cypher.Match(
      new Cypher.Pattern(rejecter, ACTOR)
        .related({ type: 'MADE' })
        .to(statement)
        .related({ type: 'REPORTED_IN' })
        .to(article, { labels: ['Article'] }),
      new Cypher.Pattern(demand).related({ type: 'OWNED_BY' }).to(owner, ACTOR),
    ),
    new Cypher.OptionalMatch(new Cypher.Pattern(statement).related({ type: 'ON_BEHALF_OF' }).to(principal, ACTOR)),
    new Cypher.With(i, x, statement, demand, rejecter, owner, article, principal).orderBy(i),
    new Cypher.Return([
      Cypher.collect(
        new Cypher.Map({
          key: x.property('key'),
          tie: x.property('tie'),
          rejecter: node(rejecter, 'Actor'),
          principal: principalNode,
          statement: node(statement, 'Statement'),
          demand: node(demand, 'Demand'),
          owner: node(owner, 'Actor'),
          article: node(article, 'Article'),
        }),
      ),
      page,
    ]),
  );
  return {
    clause: Cypher.utils.concat(
      new Cypher.With(...carried, total, startAt, endAt, [pageSlice(), slice]),
      new Cypher.Call(walk, [slice]),
      new Cypher.Return(...carried, total, startAt, endAt, page),
    ),
    columns: [...(carried.length > 0 ? ['parentId'] : []), 'total', 'startAt', 'endAt', 'page'],
  };
}

/** `list[i]`: the builder indexes lists by number only, so the index by a variable is raw. */
function itemAt(list: Cypher.Variable, index: Cypher.Variable): Cypher.Expr {
  return new Cypher.Raw((context) => `${context.compile(list)}[${context.compile(index)}]`);
}
