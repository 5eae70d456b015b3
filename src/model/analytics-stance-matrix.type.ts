import { Field, Int, ObjectType } from 'type-graphql';
import { AnalyticsActor, StanceEvidence } from './analytics-refs.type';

@ObjectType({
  description: 'What one actor did about the demands of (or addressed to) another, with the statements behind it.',
})
export class StanceCell {
  @Field(() => AnalyticsActor, { description: 'The actor whose statements these are (row).' })
  from: AnalyticsActor;

  @Field(() => AnalyticsActor, { description: 'The other actor (column).' })
  to: AnalyticsActor;

  @Field(() => Int, { description: 'Distinct demands from set or repeated, addressed to to.' })
  set: number;

  @Field(() => Int, { description: 'Distinct demands owned by to that from accepted.' })
  accepted: number;

  @Field(() => Int, { description: 'Distinct demands owned by to that from rejected.' })
  rejected: number;

  @Field(() => Int, { description: 'Distinct demands owned by to that from set or repeated (voicing them for to).' })
  supported: number;

  @Field(() => [StanceEvidence], { description: 'Every stance behind the counts, in date order.' })
  evidence: StanceEvidence[];
}

@ObjectType({ description: 'The stance matrix: one cell per ordered pair of actors with a stance between them.' })
export class StanceMatrix {
  @Field(() => String, { description: 'What each count means.' })
  method: string;

  @Field(() => [StanceCell], { description: 'Non-empty cells, by from id then to id.' })
  cells: StanceCell[];
}
