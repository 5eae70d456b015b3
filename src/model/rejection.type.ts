import { Field, ObjectType } from 'type-graphql';
import { Actor } from './actor.type';
import { Article } from './article.type';
import { connectionType, edgeType } from './connection';
import { Demand } from './demand.type';
import { FuzzyDate } from './fuzzy-date.type';
import { Statement } from './statement.type';

@ObjectType({
  description:
    'Who rejected whose demand: one statement that REJECTS a demand, with the actor who made it, the demand, ' +
    "the demand's owner and the article that reports it.",
})
export class Rejection {
  @Field(() => Actor, { description: 'The actor who made the rejecting statement.' })
  rejecter: Actor;

  @Field(() => Actor, { nullable: true, description: 'The actor the rejecter spoke for, where the statement says so.' })
  onBehalfOf: Actor | null;

  @Field(() => Statement, { description: 'The rejecting statement.' })
  statement: Statement;

  @Field(() => Demand, { description: 'The demand that was rejected.' })
  demand: Demand;

  @Field(() => Actor, { description: 'The actor who owns the demand.' })
  owner: Actor;

  @Field(() => Article, { description: 'The article that reports the rejecting statement.' })
  article: Article;

  @Field(() => FuzzyDate, { description: 'When the rejecting statement was made.' })
  date: FuzzyDate;
}

export const RejectionEdge = edgeType('Rejection', Rejection, 'rejection');
export const RejectionConnection = connectionType('Rejection', RejectionEdge, Rejection, 'rejections');
