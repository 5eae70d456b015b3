import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AnalyticsLevel } from './analytics-enums.type';
import { AnalyticsActor } from './analytics-refs.type';

@ObjectType({ description: 'One kind of path that adds weight to a projected edge.' })
export class ProjectionRule {
  @Field(() => String, { description: 'Name of the counter the rule adds to (e.g. rejects).' })
  name: string;

  @Field(() => String, {
    description: 'The Cypher path that makes one unit of weight; A is the author, B the other end.',
  })
  pattern: string;

  @Field(() => String, { description: 'How much weight each match adds.' })
  weight: string;
}

@ObjectType({
  description: 'An actor-to-actor projection of the graph: which edges count, with what weight, and its size.',
})
export class AnalyticsProjection {
  @Field(() => String, { description: 'influence (directed) or agreement (undirected).' })
  name: string;

  @Field(() => AnalyticsLevel, { description: 'Actors as annotated, or folded into sides.' })
  level: AnalyticsLevel;

  @Field(() => Boolean, { description: 'True for the influence projection.' })
  directed: boolean;

  @Field(() => String, { description: 'The projection in words.' })
  description: string;

  @Field(() => [ProjectionRule], { description: 'Every rule that adds weight, in full.' })
  rules: ProjectionRule[];

  @Field(() => Int, { description: 'Actors (or sides) in the projection.' })
  nodeCount: number;

  @Field(() => Int, { description: 'Projected edges.' })
  edgeCount: number;

  @Field(() => Float, { description: 'Sum of all edge weights.' })
  totalWeight: number;
}

@ObjectType({ description: "An actor's centrality in the influence projection." })
export class ActorCentrality {
  @Field(() => AnalyticsActor, { description: 'The actor (or side).' })
  actor: AnalyticsActor;

  @Field(() => [String], {
    description: 'Ids of the actors this node stands for: itself, or everyone folded into the side.',
  })
  members: string[];

  @Field(() => Int, { description: 'How many actors point at it.' })
  inDegree: number;

  @Field(() => Int, { description: 'How many actors it points at.' })
  outDegree: number;

  @Field(() => Float, { description: 'Sum of the weights of edges into it.' })
  weightedInDegree: number;

  @Field(() => Float, { description: 'Sum of the weights of edges out of it.' })
  weightedOutDegree: number;

  @Field(() => Float, { description: 'Weighted PageRank (damping 0.85); all actors sum to 1.' })
  pageRank: number;

  @Field(() => Float, { description: 'Normalised betweenness on directed shortest paths in hops.' })
  betweenness: number;
}

@ObjectType({
  description: 'Degree, PageRank and betweenness of every actor, with the projection they were computed on.',
})
export class CentralityResult {
  @Field(() => AnalyticsProjection, { description: 'The influence projection used.' })
  projection: AnalyticsProjection;

  @Field(() => String, { description: 'How each number is computed.' })
  method: string;

  @Field(() => [ActorCentrality], { description: 'Every actor of the projection, highest PageRank first.' })
  actors: ActorCentrality[];
}
