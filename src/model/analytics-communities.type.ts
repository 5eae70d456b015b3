import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AnalyticsProjection } from './analytics-centrality.type';
import { AnalyticsActor } from './analytics-refs.type';

@ObjectType({ description: 'A group of actors that side with each other, found by Louvain.' })
export class Community {
  @Field(() => Int, { description: 'Number of the community: 0 is the largest.' })
  id: number;

  @Field(() => String, { description: 'Name of its member with the strongest agreement ties.' })
  label: string;

  @Field(() => Int, { description: 'How many members it has.' })
  size: number;

  @Field(() => [AnalyticsActor], { description: 'Its members, strongest ties first.' })
  members: AnalyticsActor[];
}

@ObjectType({ description: 'Which community an actor is in.' })
export class CommunityMembership {
  @Field(() => AnalyticsActor, { description: 'The actor.' })
  actor: AnalyticsActor;

  @Field(() => Int, { description: 'Its community id.' })
  community: number;
}

@ObjectType({ description: 'Louvain communities of the agreement projection.' })
export class CommunityResult {
  @Field(() => AnalyticsProjection, { description: 'The agreement projection used.' })
  projection: AnalyticsProjection;

  @Field(() => String, { description: 'How the communities are found and numbered.' })
  method: string;

  @Field(() => Float, { description: 'Weighted modularity of the partition.' })
  modularity: number;

  @Field(() => [Community], { description: 'The communities, largest first.' })
  communities: Community[];

  @Field(() => [CommunityMembership], { description: 'Community of every actor, by actor id.' })
  membership: CommunityMembership[];
}
