// The peer: the same graph (same labels, edges and properties, docs/model.md)
// served by @neo4j/graphql, the Neo4j GraphQL Library, which compiles each
// GraphQL request into one Cypher query. Only what the five benchmark
// operations read is declared; @neo4j/graphql never writes schema here
// (no assertIndexesAndConstraints), it reads the graph the seeder wrote.
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';

export const peerTypeDefs = /* GraphQL */ `
  type Actor @node {
    id: ID!
    name: String!
    kind: String!
    aliases: [String!]
    description: String
    country: String
    statements: [Statement!]! @relationship(type: "MADE", direction: OUT)
    demands: [Demand!]! @relationship(type: "OWNED_BY", direction: IN)
  }

  type Statement
    @node
    @fulltext(
      indexes: [{ indexName: "statement_search", queryName: "statementSearch", fields: ["quote", "paraphrase"] }]
    ) {
    id: ID!
    text: String!
    quote: String
    paraphrase: String!
    isParaphrase: Boolean!
    date: String
    datePrecision: String
    ploverType: String
    speaker: [Actor!]! @relationship(type: "MADE", direction: IN)
    onBehalfOf: [Actor!]! @relationship(type: "ON_BEHALF_OF", direction: OUT)
    article: [Article!]! @relationship(type: "REPORTED_IN", direction: OUT)
    sets: [Demand!]! @relationship(type: "SETS", direction: OUT)
    repeats: [Demand!]! @relationship(type: "REPEATS", direction: OUT)
    accepts: [Demand!]! @relationship(type: "ACCEPTS", direction: OUT)
    rejects: [Demand!]! @relationship(type: "REJECTS", direction: OUT)
  }

  type Demand @node {
    id: ID!
    summary: String!
    kind: String!
    topic: String!
    owner: [Actor!]! @relationship(type: "OWNED_BY", direction: OUT)
  }

  type Article @node {
    id: ID!
    title: String!
    publishedOn: String
  }
`;

export async function peerSchema(driver: Driver): Promise<GraphQLSchema> {
  // String comparison filters (gte/lte) are off by default; the date range needs them.
  const library = new Neo4jGraphQL({
    typeDefs: peerTypeDefs,
    driver,
    features: { filters: { String: { GT: true, GTE: true, LT: true, LTE: true } } },
  });
  return library.getSchema();
}
