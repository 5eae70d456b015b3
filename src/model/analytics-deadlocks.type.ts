import { Field, ID, ObjectType } from 'type-graphql';
import { DeadlockGround, DeadlockKind } from './analytics-enums.type';
import {
  AnalyticsActor,
  AnalyticsArticle,
  AnalyticsDemand,
  AnalyticsTerritory,
  StanceEvidence,
} from './analytics-refs.type';

@ObjectType({ description: 'A demand in a deadlock: whose it is, who blocks it, and the statements that show both.' })
export class BlockedDemand {
  @Field(() => AnalyticsDemand, { description: 'The demand.' })
  demand: AnalyticsDemand;

  @Field(() => AnalyticsActor, { description: 'The side that owns it.' })
  side: AnalyticsActor;

  @Field(() => AnalyticsActor, { description: 'The side that rejects it, or whose own demand rules it out.' })
  blockedBy: AnalyticsActor;

  @Field(() => [StanceEvidence], {
    description: "The owner side's statements voicing it, then the blocking side's statements rejecting it.",
  })
  evidence: StanceEvidence[];
}

@ObjectType({ description: 'Demands of different sides that cannot all be met, with the evidence.' })
export class Deadlock {
  @Field(() => ID, {
    description: 'Stable id, e.g. mutual-rejection:actor-russia>actor-ukraine or conflict:<demand>+<demand>.',
  })
  id: string;

  @Field(() => DeadlockKind, { description: 'How it was found.' })
  kind: DeadlockKind;

  @Field(() => [DeadlockGround], { description: 'What it rests on.' })
  grounds: DeadlockGround[];

  @Field(() => [AnalyticsActor], {
    description: 'The sides; for rejection cycles in order, each rejecting a demand of the next.',
  })
  sides: AnalyticsActor[];

  @Field(() => String, { description: 'The deadlock in words.' })
  explanation: string;

  @Field(() => [BlockedDemand], { description: 'The demands involved, each with its evidence.' })
  demands: BlockedDemand[];

  @Field(() => [AnalyticsTerritory], {
    description: 'Territories the demands concern (shared ones for conflicting demands).',
  })
  territories: AnalyticsTerritory[];

  @Field(() => [AnalyticsArticle], { description: 'Every article behind the evidence or the annotated conflict.' })
  articles: AnalyticsArticle[];
}

@ObjectType({ description: 'Every deadlock between sides, and how they are found.' })
export class DeadlockReport {
  @Field(() => String, { description: 'How deadlocks are found.' })
  method: string;

  @Field(() => [Deadlock], { description: 'Mutual rejections, then rejection cycles, then conflicting demands.' })
  deadlocks: Deadlock[];
}
