// The five benchmark operations, each written three times so the three
// targets return the same data:
//   ours   the peacegraph GraphQL API (schema/schema.graphql);
//   limit  one hand-written Cypher query through neo4j-driver, answered as
//          JSON by a plain Express route in the same process (the floor the
//          GraphQL layer could reach);
//   peer   the same request against @neo4j/graphql (peer-neo4j-graphql.ts).
// Inputs rotate over a fixed list drawn from the corpus manifest, the same
// list for every target. `size` is the page size: the round-trip check runs
// each operation at two sizes.
import type { CorpusManifest } from './generate-corpus';

/** `proposed` is ours with the query shapes of cypher-proposals.ts (its own process). */
export type Target = 'ours' | 'limit' | 'peer' | 'proposed';
export const TARGETS: Target[] = ['ours', 'limit', 'peer', 'proposed'];

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface CypherRequest {
  cypher: string;
  params: Record<string, unknown>;
}

export interface Operation {
  name: string;
  title: string;
  /** Input sets the load rotates over. */
  inputs(manifest: CorpusManifest): Record<string, unknown>[];
  ours(input: Record<string, unknown>, size: number): GraphqlRequest;
  peer(input: Record<string, unknown>, size: number): GraphqlRequest;
  limit(input: Record<string, unknown>, size: number): CypherRequest;
  /** The comparable core of a response (ids in order and totals), to check the three targets agree. */
  digest(target: Target, data: unknown): unknown;
}

// Cypher integers: the driver sends JS numbers as floats, LIMIT wants an integer.
import { int } from 'neo4j-driver';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Statement sort used everywhere: date, then id, both descending. */
const STATEMENT_ORDER_PEER = '[{ date: DESC }, { id: DESC }]';

export const OPERATIONS: Operation[] = [
  {
    name: 'actor',
    title: 'One actor with neighbours (latest statements with their article, demands owned; both with totals)',
    inputs: (m) => [...m.topSpeakers.slice(0, 8), ...m.typicalSpeakers.slice(0, 12)].map((a) => ({ id: a.id })),
    ours: (input, size) => ({
      query: `query Actor($id: ID!, $size: Int!) {
  actor(id: $id) {
    id name kind aliases country
    statements(first: $size, sort: DATE_DESC) { totalCount nodes { id text date { value } article { id title } } }
    demands(first: $size, sort: SUMMARY_ASC) { totalCount nodes { id summary kind } }
  }
}`,
      variables: { ...input, size },
    }),
    peer: (input, size) => ({
      query: `query Actor($id: ID!, $size: Int!) {
  actors(where: { id: { eq: $id } }) {
    id name kind aliases country
    statementsConnection(first: $size, sort: [{ node: { date: DESC } }, { node: { id: DESC } }]) {
      totalCount edges { node { id text date article { id title } } }
    }
    demandsConnection(first: $size, sort: [{ node: { summary: ASC } }, { node: { id: ASC } }]) {
      totalCount edges { node { id summary kind } }
    }
  }
}`,
      variables: { ...input, size },
    }),
    limit: (input, size) => ({
      cypher: `MATCH (a:Actor {id: $id})
CALL (a) {
  MATCH (a)-[:MADE]->(s:Statement)
  RETURN count(s) AS statementCount
}
CALL (a) {
  MATCH (a)-[:MADE]->(s:Statement)
  WITH s ORDER BY s.date DESC, s.id DESC LIMIT $size
  MATCH (s)-[:REPORTED_IN]->(ar:Article)
  RETURN collect({id: s.id, text: s.text, date: {value: s.date}, article: {id: ar.id, title: ar.title}}) AS statements
}
CALL (a) {
  MATCH (d:Demand)-[:OWNED_BY]->(a)
  WITH d ORDER BY d.summary, d.id
  RETURN count(d) AS demandCount, collect({id: d.id, summary: d.summary, kind: d.kind})[..$size] AS demands
}
RETURN {id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, country: a.country,
        statements: {totalCount: statementCount, nodes: statements},
        demands: {totalCount: demandCount, nodes: demands}} AS actor`,
      params: { ...input, size: int(size) },
    }),
    digest: (target, data: Json) => {
      const actor = target === 'peer' ? data.actors[0] : data.actor;
      const list = (c: Json) => (c.nodes ?? c.edges.map((e: Json) => e.node)).map((n: Json) => n.id);
      const statements = target === 'peer' ? actor.statementsConnection : actor.statements;
      const demands = target === 'peer' ? actor.demandsConnection : actor.demands;
      return [actor.id, statements.totalCount, list(statements), demands.totalCount, list(demands)];
    },
  },
  {
    name: 'rejections',
    title:
      'The rejections walk: rejecter → statement → REJECTS → demand → owner, with article, by kind, newest first, with total',
    inputs: () => ['PRECONDITION', 'DEMAND', 'PROPOSAL', 'RED_LINE'].map((kind) => ({ kind })),
    ours: (input, size) => ({
      query: `query Rejections($kind: DemandKind!, $size: Int!) {
  rejections(demandKind: $kind, first: $size, sort: DATE_DESC) {
    totalCount
    nodes {
      rejecter { id name } onBehalfOf { id name }
      demand { id summary kind topic } owner { id name }
      statement { id text isParaphrase } date { value precision } article { id title }
    }
  }
}`,
      variables: { ...input, size },
    }),
    // One rejection per statement in the synthetic corpora, so statements
    // that reject a demand of the kind are the rejections.
    peer: (input, size) => ({
      query: `query Rejections($kind: String!, $size: Int!) {
  statementsConnection(first: $size, where: { rejects: { some: { kind: { eq: $kind } } } }, sort: ${STATEMENT_ORDER_PEER}) {
    totalCount
    edges { node {
      id text isParaphrase date datePrecision
      speaker { id name } onBehalfOf { id name } article { id title }
      rejects(where: { kind: { eq: $kind } }) { id summary kind topic owner { id name } }
    } }
  }
}`,
      variables: { ...input, size },
    }),
    limit: (input, size) => ({
      cypher: `MATCH (s:Statement)-[:REJECTS]->(d:Demand {kind: $kind})
WITH s, d ORDER BY s.date DESC, s.id DESC
WITH collect([s, d]) AS matched
UNWIND matched[..$size] AS pair
WITH size(matched) AS total, pair[0] AS s, pair[1] AS d
MATCH (rejecter:Actor)-[:MADE]->(s)-[:REPORTED_IN]->(ar:Article), (d)-[:OWNED_BY]->(owner:Actor)
OPTIONAL MATCH (s)-[:ON_BEHALF_OF]->(principal:Actor)
RETURN total, collect({
  rejecter: {id: rejecter.id, name: rejecter.name},
  onBehalfOf: CASE WHEN principal IS NULL THEN null ELSE {id: principal.id, name: principal.name} END,
  demand: {id: d.id, summary: d.summary, kind: d.kind, topic: d.topic}, owner: {id: owner.id, name: owner.name},
  statement: {id: s.id, text: s.text, isParaphrase: s.isParaphrase},
  date: {value: s.date, precision: s.datePrecision}, article: {id: ar.id, title: ar.title}}) AS nodes`,
      params: { ...input, size: int(size) },
    }),
    digest: (target, data: Json) => {
      if (target === 'peer') {
        const c = data.statementsConnection;
        return [c.totalCount, c.edges.map((e: Json) => `${e.node.id}>${e.node.rejects[0]?.id}`)];
      }
      const c = data.rejections;
      return [c.totalCount, c.nodes.map((n: Json) => `${n.statement.id}>${n.demand.id}`)];
    },
  },
  {
    name: 'statements',
    title: 'Statements of one PLOVER type in one year, newest first, first page with totalCount and pageInfo',
    inputs: (m) => {
      const types = Object.entries(m.ploverTypes)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 2)
        .map(([t]) => t);
      const years = ['2022', '2023', '2024'];
      return types.flatMap((ploverType) =>
        years.map((year) => ({ ploverType, from: `${year}-01-01`, to: `${year}-12-31` })),
      );
    },
    ours: (input, size) => ({
      query: `query Statements($ploverType: PloverType!, $from: String!, $to: String!, $size: Int!) {
  statements(ploverType: $ploverType, dateFrom: $from, dateTo: $to, first: $size, sort: DATE_DESC) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id text date { value } speaker { id name } article { id title } }
  }
}`,
      variables: { ...input, size },
    }),
    peer: (input, size) => ({
      query: `query Statements($ploverType: String!, $from: String!, $to: String!, $size: Int!) {
  statementsConnection(first: $size, where: { ploverType: { eq: $ploverType }, date: { gte: $from, lte: $to } }, sort: ${STATEMENT_ORDER_PEER}) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id text date speaker { id name } article { id title } } }
  }
}`,
      variables: { ...input, size },
    }),
    limit: (input, size) => ({
      cypher: `MATCH (s:Statement {ploverType: $ploverType})
WHERE s.date >= $from AND s.date <= $to
WITH s ORDER BY s.date DESC, s.id DESC
WITH collect(s) AS matched
UNWIND matched[..$size] AS s
MATCH (speaker:Actor)-[:MADE]->(s)-[:REPORTED_IN]->(ar:Article)
WITH matched, collect({id: s.id, text: s.text, date: {value: s.date}, speaker: {id: speaker.id, name: speaker.name}, article: {id: ar.id, title: ar.title}}) AS nodes
RETURN size(matched) AS totalCount, {hasNextPage: size(matched) > size(nodes), endCursor: nodes[-1].id} AS pageInfo, nodes`,
      params: { ...input, size: int(size) },
    }),
    digest: (target, data: Json) => {
      const c = target === 'peer' ? data.statementsConnection : data.statements;
      return [
        c.totalCount,
        c.pageInfo.hasNextPage,
        (c.nodes ?? c.edges.map((e: Json) => e.node)).map((n: Json) => n.id),
      ];
    },
  },
  {
    name: 'search',
    title: 'Full-text search over quotes and paraphrases, newest first, with totalCount',
    inputs: (m) => m.searchTerms.slice(3, 7).map((t) => ({ term: t.term })),
    ours: (input, size) => ({
      query: `query Search($term: String!, $size: Int!) {
  statements(search: $term, first: $size, sort: DATE_DESC) {
    totalCount
    nodes { id text date { value } speaker { id name } }
  }
}`,
      variables: { ...input, size },
    }),
    peer: (input, size) => ({
      query: `query Search($term: String!, $size: Int!) {
  statementSearch(phrase: $term, first: $size, sort: [{ node: { date: DESC } }, { node: { id: DESC } }]) {
    totalCount
    edges { node { id text date speaker { id name } } }
  }
}`,
      variables: { ...input, size },
    }),
    // The same Lucene query our API builds for one word (filters.ts: "+word"),
    // in the shape ours takes (statements-search-page.cypher): one search,
    // every hit's date read, the ids only of hits up to the page's edge date.
    limit: (input, size) => ({
      cypher: `CALL db.index.fulltext.queryNodes('statement_search', $lucene) YIELD node AS s
WITH collect({date: s.date, s: s}) AS hits
CALL (hits) { UNWIND hits AS hit WITH hit.date AS date ORDER BY date DESC LIMIT $size RETURN min(date) AS edge }
CALL (hits, edge) {
  UNWIND [hit IN hits WHERE hit.date >= edge] AS hit
  WITH hit.s AS s ORDER BY s.date DESC, s.id DESC LIMIT $size
  MATCH (speaker:Actor)-[:MADE]->(s)
  RETURN collect({id: s.id, text: s.text, date: {value: s.date}, speaker: {id: speaker.id, name: speaker.name}}) AS nodes
}
RETURN size(hits) AS totalCount, nodes`,
      params: { lucene: `+${String(input.term)}`, size: int(size) },
    }),
    digest: (target, data: Json) => {
      const c = target === 'peer' ? data.statementSearch : data.statements;
      return [c.totalCount, (c.nodes ?? c.edges.map((e: Json) => e.node)).map((n: Json) => n.id)];
    },
  },
  {
    name: 'nested',
    title: 'Nested walk: actors of a kind (by name) → latest statements → demands they take a stance on → owner',
    inputs: () => ['PERSON', 'STATE', 'GOVERNMENT', 'ORGANISATION'].map((kind) => ({ kind })),
    ours: (input, size) => ({
      query: `query Nested($kind: ActorKind!, $size: Int!) {
  actors(kind: $kind, first: 10, sort: NAME_ASC) {
    nodes {
      id name
      statements(first: $size, sort: DATE_DESC) {
        nodes { id text demands { stance demand { id summary owner { id name } } } }
      }
    }
  }
}`,
      variables: { ...input, size },
    }),
    peer: (input, size) => ({
      query: `query Nested($kind: String!, $size: Int!) {
  actors(where: { kind: { eq: $kind } }, limit: 10, sort: [{ name: ASC }, { id: ASC }]) {
    id name
    statements(limit: $size, sort: ${STATEMENT_ORDER_PEER}) {
      id text
      sets { id summary owner { id name } }
      repeats { id summary owner { id name } }
      accepts { id summary owner { id name } }
      rejects { id summary owner { id name } }
    }
  }
}`,
      variables: { ...input, size },
    }),
    limit: (input, size) => ({
      cypher: `MATCH (a:Actor {kind: $kind})
WITH a ORDER BY a.name, a.id LIMIT 10
CALL (a) {
  MATCH (a)-[:MADE]->(s:Statement)
  WITH s ORDER BY s.date DESC, s.id DESC LIMIT $size
  CALL (s) {
    OPTIONAL MATCH (s)-[r:SETS|REPEATS|ACCEPTS|REJECTS]->(d:Demand)-[:OWNED_BY]->(owner:Actor)
    RETURN collect(CASE WHEN d IS NULL THEN null ELSE {stance: type(r), demand: {id: d.id, summary: d.summary, owner: {id: owner.id, name: owner.name}}} END) AS demands
  }
  RETURN collect({id: s.id, text: s.text, demands: demands}) AS statements
}
RETURN collect({id: a.id, name: a.name, statements: {nodes: statements}}) AS nodes`,
      params: { ...input, size: int(size) },
    }),
    digest: (target, data: Json) => {
      const actors = target === 'peer' ? data.actors : data.actors.nodes;
      return actors.map((a: Json) => {
        const statements = target === 'peer' ? a.statements : a.statements.nodes;
        return [
          a.id,
          statements.map((s: Json) => {
            const demands =
              target === 'peer'
                ? [...s.sets, ...s.repeats, ...s.accepts, ...s.rejects].map((d: Json) => d.id)
                : s.demands.map((d: Json) => d.demand.id);
            return `${s.id}:${demands.sort().join(',')}`;
          }),
        ];
      });
    },
  },
];

/** The data part of the limit's answer, shaped like the GraphQL responses' `data`. */
export function limitData(operation: string, row: Json): Json {
  switch (operation) {
    case 'actor':
      return { actor: row.actor };
    case 'rejections':
      return { rejections: { totalCount: row.total ?? 0, nodes: row.nodes ?? [] } };
    case 'statements':
      return { statements: { totalCount: row.totalCount, pageInfo: row.pageInfo, nodes: row.nodes } };
    case 'search':
      return { statements: { totalCount: row.totalCount, nodes: row.nodes } };
    case 'nested':
      return { actors: { nodes: row.nodes } };
    default:
      throw new Error(`unknown operation ${operation}`);
  }
}
