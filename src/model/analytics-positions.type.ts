import { Field, ObjectType } from 'type-graphql';
import { DatePrecision } from './date-precision.enum';
import { DemandStance } from './demand-stance.enum';
import { StanceChange } from './analytics-enums.type';
import { AnalyticsActor, AnalyticsDemand, AnalyticsStatement } from './analytics-refs.type';

@ObjectType({ description: 'One stance within a step, compared with the previous stance on the same demand.' })
export class PositionStance {
  @Field(() => AnalyticsDemand, { description: 'The demand.' })
  demand: AnalyticsDemand;

  @Field(() => DemandStance, { description: 'The stance taken.' })
  stance: DemandStance;

  @Field(() => StanceChange, { description: 'New, the same direction again, or reversed.' })
  change: StanceChange;
}

@ObjectType({ description: 'One dated statement of the actor that takes stances on demands.' })
export class PositionStep {
  @Field(() => String, { nullable: true, description: 'Date of the statement.' })
  date: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How much of the date is known.' })
  datePrecision: DatePrecision | null;

  @Field(() => AnalyticsStatement, { description: 'The statement.' })
  statement: AnalyticsStatement;

  @Field(() => [PositionStance], { description: 'Its stances.' })
  stances: PositionStance[];
}

@ObjectType({ description: "An actor's stances on one demand over time." })
export class DemandTrajectory {
  @Field(() => AnalyticsDemand, { description: 'The demand.' })
  demand: AnalyticsDemand;

  @Field(() => String, { nullable: true, description: 'Date of the first stance.' })
  firstDate: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the latest stance.' })
  lastDate: string | null;

  @Field(() => [DemandStance], { description: 'Every stance, in date order.' })
  stances: DemandStance[];

  @Field(() => DemandStance, { description: 'The latest stance.' })
  lastStance: DemandStance;

  @Field(() => Boolean, { description: 'True when the actor has been both for and against the demand.' })
  reversed: boolean;
}

@ObjectType({ description: "How an actor's demands and rejections change across its dated statements." })
export class ActorPosition {
  @Field(() => AnalyticsActor, { description: 'The actor (or side).' })
  actor: AnalyticsActor;

  @Field(() => [String], {
    description: 'Ids of the actors whose statements count: itself, or everyone folded into the side.',
  })
  members: string[];

  @Field(() => [PositionStep], { description: 'Its statements with stances, in date order.' })
  steps: PositionStep[];

  @Field(() => [DemandTrajectory], { description: 'Per demand, its stances over time.' })
  demands: DemandTrajectory[];

  @Field(() => [AnalyticsDemand], { description: 'Demands whose latest stance is for (sets, repeats, accepts).' })
  supports: AnalyticsDemand[];

  @Field(() => [AnalyticsDemand], { description: 'Demands whose latest stance is a rejection.' })
  rejects: AnalyticsDemand[];
}

@ObjectType({ description: 'Positions over time of the actors asked for.' })
export class PositionReport {
  @Field(() => String, { description: 'How steps are ordered and changes told.' })
  method: string;

  @Field(() => [ActorPosition], { description: 'One entry per actor with at least one stance, by id.' })
  actors: ActorPosition[];
}
