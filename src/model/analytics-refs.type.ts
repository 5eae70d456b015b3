import { Field, ID, ObjectType } from 'type-graphql';
import { ActorKind } from './actor-kind.enum';
import { DatePrecision } from './date-precision.enum';
import { DemandKind } from './demand-kind.enum';
import { DemandStance } from './demand-stance.enum';
import { DemandTopic } from './demand-topic.enum';

// Small self-contained records the analytics answer with: enough to read a
// result without another query; follow the ids (node(id)) for the rest.

@ObjectType({ description: 'An actor (or, at SIDE level, a side) as the analytics name it.' })
export class AnalyticsActor {
  @Field(() => ID, { description: 'Global id of the actor.' })
  id: string;

  @Field(() => String, { description: 'Its name.' })
  name: string;

  @Field(() => ActorKind, { description: 'What sort of actor it is.' })
  kind: ActorKind;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code, where it has one.' })
  country: string | null;
}

@ObjectType({ description: 'The article a piece of evidence comes from.' })
export class AnalyticsArticle {
  @Field(() => ID, { description: 'Global id of the article.' })
  id: string;

  @Field(() => String, { description: 'Its headline or annotator title.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Publication date, YYYY, YYYY-MM or YYYY-MM-DD.' })
  publishedOn: string | null;
}

@ObjectType({ description: 'A territory a deadlock concerns.' })
export class AnalyticsTerritory {
  @Field(() => ID, { description: 'Global id of the territory.' })
  id: string;

  @Field(() => String, { description: 'Its name.' })
  name: string;
}

@ObjectType({ description: 'A demand, with its owner.' })
export class AnalyticsDemand {
  @Field(() => ID, { description: 'Global id of the demand.' })
  id: string;

  @Field(() => String, { description: 'The demand in one sentence.' })
  summary: string;

  @Field(() => DemandKind, { description: 'Demand, precondition, proposal or red line.' })
  kind: DemandKind;

  @Field(() => DemandTopic, { description: 'What it is about.' })
  topic: DemandTopic;

  @Field(() => AnalyticsActor, { description: 'The actor who makes the demand.' })
  owner: AnalyticsActor;
}

@ObjectType({ description: 'A statement as evidence: who said it, when, in which article, in which words.' })
export class AnalyticsStatement {
  @Field(() => ID, { description: 'Global id of the statement.' })
  id: string;

  @Field(() => AnalyticsActor, { description: 'Who said it.' })
  speaker: AnalyticsActor;

  @Field(() => AnalyticsActor, {
    nullable: true,
    description: 'The actor the speaker spoke for here, if the article says.',
  })
  onBehalfOf: AnalyticsActor | null;

  @Field(() => String, { description: 'The quote if there is one, else the paraphrase.' })
  text: string;

  @Field(() => String, { nullable: true, description: 'The verbatim words, when the article quotes them.' })
  quote: string | null;

  @Field(() => String, { description: 'The statement in plain words.' })
  paraphrase: string;

  @Field(() => String, { nullable: true, description: 'When it was said: YYYY, YYYY-MM or YYYY-MM-DD.' })
  date: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How much of the date is known.' })
  datePrecision: DatePrecision | null;

  @Field(() => AnalyticsArticle, { description: 'The article that reports it.' })
  article: AnalyticsArticle;
}

@ObjectType({ description: "One statement's stance on one demand: the evidence behind a cell, deadlock or position." })
export class StanceEvidence {
  @Field(() => DemandStance, { description: 'Whether the statement sets, repeats, accepts or rejects the demand.' })
  stance: DemandStance;

  @Field(() => AnalyticsDemand, { description: 'The demand.' })
  demand: AnalyticsDemand;

  @Field(() => AnalyticsStatement, { description: 'The statement.' })
  statement: AnalyticsStatement;
}
