// Who rejected whose demand: one entry per (statement, demand) REJECTS edge,
// with every node on the way (rejection-page.ts). The REJECTS edges are found
// and filtered first, from the most selective parameter given (an id; else
// the demand kind, by its index; else all of them), then counted and sorted
// by key and tie alone. $rejecter matches the speaker or the actor spoken
// for; $actor either side.
import Cypher from '@neo4j/cypher-builder';
import type { ListDeclaration } from '../list-query';
import type { ListRequest } from '../list-request';
import { VAR } from '../neighbour-names';
import type { InputOf, QueryInput } from '../query-input';
import { exists, nodeWithId, onOrAfter, onOrBefore } from './list-filters';
import { idIndexSeek } from './index-seek';
import {
  demand as d,
  REJECTION_ENTRY,
  rejectionKey,
  rejectionPage,
  rejectionTie,
  statement as s,
} from './rejection-page';

const r = new Cypher.NamedRelationship('r');
const STATEMENT = { labels: ['Statement'] };
const DEMAND = { labels: ['Demand'] };

/** `(actor)-[:MADE]->(s:Statement)-[r:REJECTS]->(d:Demand)`. */
const madeRejections = (actor: Cypher.Pattern) =>
  actor.related({ type: 'MADE' }).to(s, STATEMENT).related(r, { type: 'REJECTS' }).to(d, DEMAND);
/** `(actor)<-[:ON_BEHALF_OF]-(s:Statement)-[r:REJECTS]->(d:Demand)`. */
const rejectionsOnBehalf = (actor: Cypher.Pattern) =>
  actor
    .related({ type: 'ON_BEHALF_OF', direction: 'left' })
    .to(s, STATEMENT)
    .related(r, { type: 'REJECTS' })
    .to(d, DEMAND);
/** `(actor)<-[:OWNED_BY]-(d:Demand)<-[r:REJECTS]-(s:Statement)`. */
const rejectionsReceived = (actor: Cypher.Pattern) =>
  actor
    .related({ type: 'OWNED_BY', direction: 'left' })
    .to(d, DEMAND)
    .related(r, { type: 'REJECTS', direction: 'left' })
    .to(s, STATEMENT);

const actorWithId = (id: QueryInput) => new Cypher.Pattern(nodeWithId('Actor', id));
const returnEdge = (match: Cypher.Match) => match.return(s, r, d);
const union = (...matches: Cypher.Match[]) => new Cypher.Union(...matches.map(returnEdge));

/** The REJECTS edges from the most selective id given. */
function startFromId({ given }: ListRequest, input: InputOf): Cypher.Clause {
  if (given.has('rejecter')) {
    const rejecter = input('rejecter');
    return union(
      new Cypher.Match(madeRejections(actorWithId(rejecter))),
      new Cypher.Match(rejectionsOnBehalf(actorWithId(rejecter))),
    );
  }
  if (given.has('owner')) return returnEdge(new Cypher.Match(rejectionsReceived(actorWithId(input('owner')))));
  if (given.has('actor')) {
    const actor = input('actor');
    return union(
      new Cypher.Match(madeRejections(actorWithId(actor))),
      new Cypher.Match(rejectionsOnBehalf(actorWithId(actor))),
      new Cypher.Match(rejectionsReceived(actorWithId(actor))),
    );
  }
  if (given.has('statement'))
    return returnEdge(
      new Cypher.Match(
        new Cypher.Pattern(s, { labels: ['Statement'], properties: { id: input('statement') } })
          .related(r, { type: 'REJECTS' })
          .to(d, DEMAND),
      ),
    );
  if (given.has('demand'))
    return returnEdge(
      new Cypher.Match(
        new Cypher.Pattern(s, STATEMENT)
          .related(r, { type: 'REJECTS' })
          .to(d, { labels: ['Demand'], properties: { id: input('demand') } }),
      ),
    );
  return returnEdge(
    new Cypher.Match(
      new Cypher.Pattern(nodeWithId('Article', input('article')))
        .related({ type: 'REPORTED_IN', direction: 'left' })
        .to(s, STATEMENT)
        .related(r, { type: 'REJECTS' })
        .to(d, DEMAND),
    ),
  );
}

/** The statement's date filters given. */
function dateFilters({ given }: ListRequest, input: InputOf): Cypher.Predicate[] {
  return [
    ...(given.has('dateFrom') ? [onOrAfter(s.property('date'), input('dateFrom'))] : []),
    ...(given.has('dateTo') ? [onOrBefore(s.property('date'), input('dateTo'))] : []),
    ...(given.has('asOf') ? [heldAsOf(input('asOf'))] : []),
  ];
}

/**
 * The rejection as it stood on `asOf` (the rule of src/analytics/as-of.ts):
 * said by then, of a demand some statement had raised by then. A rejection
 * of a demand not yet put forward is left out, as a corpus written on that
 * date could not hold the demand it rejects.
 */
function heldAsOf(asOf: QueryInput): Cypher.Predicate {
  const raiser = new Cypher.NamedNode('raiser');
  const raisedBy = new Cypher.Match(
    new Cypher.Pattern(raiser, STATEMENT).related({ type: Cypher.labelExpr.or('SETS', 'REPEATS') }).to(d),
  ).where(onOrBefore(raiser.property('date'), asOf));
  return Cypher.and(onOrBefore(s.property('date'), asOf), new Cypher.Exists(raisedBy));
}

/** Every filter given, checked on what the start from an id finds. */
function idFilters(request: ListRequest, input: InputOf): Cypher.Predicate[] {
  const { given } = request;
  const madeBy = (actor: QueryInput) => exists(actorWithId(actor).related({ type: 'MADE' }).to(s));
  const spokenFor = (actor: QueryInput) =>
    exists(new Cypher.Pattern(s).related({ type: 'ON_BEHALF_OF' }).to(nodeWithId('Actor', actor)));
  const ownedBy = (actor: QueryInput) =>
    exists(new Cypher.Pattern(d).related({ type: 'OWNED_BY' }).to(nodeWithId('Actor', actor)));
  const filters: Cypher.Predicate[] = [];
  if (given.has('rejecter')) filters.push(Cypher.or(madeBy(input('rejecter')), spokenFor(input('rejecter'))));
  if (given.has('owner')) filters.push(ownedBy(input('owner')));
  if (given.has('actor'))
    filters.push(Cypher.or(madeBy(input('actor')), spokenFor(input('actor')), ownedBy(input('actor'))));
  if (given.has('statement')) filters.push(Cypher.eq(s.property('id'), input('statement')));
  if (given.has('demand')) filters.push(Cypher.eq(d.property('id'), input('demand')));
  if (given.has('demandKind')) filters.push(Cypher.eq(d.property('kind'), input('demandKind')));
  if (given.has('article'))
    filters.push(
      exists(new Cypher.Pattern(s).related({ type: 'REPORTED_IN' }).to(nodeWithId('Article', input('article')))),
    );
  return [...filters, ...dateFilters(request, input)];
}

const ID_FILTERS = ['rejecter', 'owner', 'actor', 'statement', 'demand', 'article'];

function withWhere(variables: Cypher.Variable[], predicates: Cypher.Predicate[]): Cypher.With {
  const clause = new Cypher.With(...variables);
  if (predicates.length > 0) clause.where(Cypher.and(...predicates));
  return clause;
}

/** The subquery that finds the REJECTS edges (as s and d) the parameters ask for. */
function rejectionsFound(request: ListRequest, input: InputOf): Cypher.Clause {
  if (ID_FILTERS.some((name) => request.given.has(name)))
    return Cypher.utils.concat(
      new Cypher.Call(startFromId(request, input), []),
      withWhere([s, r, d], idFilters(request, input)),
      new Cypher.Return(s, d),
    );
  if (request.given.has('demandKind')) {
    const match = new Cypher.Match(
      new Cypher.Pattern(s, STATEMENT)
        .related({ type: 'REJECTS' })
        .to(d, { labels: ['Demand'], properties: { kind: input('demandKind') } }),
    );
    const dates = dateFilters(request, input);
    if (dates.length > 0) match.where(Cypher.and(...dates));
    return Cypher.utils.concat(match, new Cypher.Return(s, d));
  }
  // Without an id or a kind: every REJECTS edge.
  return Cypher.utils.concat(
    new Cypher.Match(new Cypher.Pattern({}).related(r, { type: 'REJECTS' }).to({})),
    new Cypher.With([Cypher.startNode(r), s], [Cypher.endNode(r), d]).where(
      Cypher.and(s.hasLabel('Statement'), d.hasLabel('Demand'), ...dateFilters(request, input)),
    ),
    new Cypher.Return(s, d),
  );
}

const rejectionList = {
  entry: REJECTION_ENTRY,
  key: rejectionKey,
  tie: rejectionTie,
  page: rejectionPage,
};

export const rejectionsList: ListDeclaration = {
  ...rejectionList,
  filters: [...ID_FILTERS, 'demandKind', 'dateFrom', 'dateTo', 'asOf'],
  projects: true,
  fieldsRead: ['Actor', 'Statement', 'Demand', 'Article'],
  found: (request, input) => new Cypher.Call(rejectionsFound(request, input), []),
};

/** Per actor, the rejections it made: statements it made, or others made on its behalf, that reject a demand. */
export const actorRejectionsMadeList: ListDeclaration = {
  ...rejectionList,
  filters: [],
  perParent: true,
  found: () => {
    const { parentId, parent } = VAR;
    const actor = () => new Cypher.Pattern(parent, { labels: ['Actor'], properties: { id: parentId } });
    const seek = (pattern: Cypher.Pattern) =>
      Cypher.utils.concat(new Cypher.Match(pattern), idIndexSeek(parent, 'Actor'), new Cypher.Return(s, r, d));
    return new Cypher.Call(new Cypher.Union(seek(madeRejections(actor())), seek(rejectionsOnBehalf(actor()))), [
      parentId,
    ]);
  },
};

/** Per actor, the rejections it received: statements that reject a demand it owns. */
export const actorRejectionsReceivedList: ListDeclaration = {
  ...rejectionList,
  filters: [],
  perParent: true,
  found: () => {
    const { parentId, parent } = VAR;
    return Cypher.utils.concat(
      new Cypher.Match(
        rejectionsReceived(new Cypher.Pattern(parent, { labels: ['Actor'], properties: { id: parentId } })),
      ),
      idIndexSeek(parent, 'Actor'),
    );
  },
};
