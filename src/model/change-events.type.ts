import { Field, ID, ObjectType } from 'type-graphql';
import { Change, ChangeKind } from './change.type';
import { Demand } from './demand.type';
import { Rejection } from './rejection.type';
import { Statement } from './statement.type';

@ObjectType({ description: 'A statement was added to the graph.' })
export class StatementAddedEvent {
  @Field(() => String, {
    description: 'Position in the change feed: subscribe again with after: this to miss nothing.',
  })
  cursor: string;

  @Field(() => Statement, { description: 'The statement, as the graph holds it now.' })
  statement: Statement;
}

@ObjectType({ description: 'A statement was recorded as rejecting a demand.' })
export class RejectionAddedEvent {
  @Field(() => String, {
    description: 'Position in the change feed: subscribe again with after: this to miss nothing.',
  })
  cursor: string;

  @Field(() => Rejection, { description: 'Who rejected whose demand.' })
  rejection: Rejection;
}

@ObjectType({ description: 'A demand, or one of its relationships (stances, owner, addressees), changed.' })
export class DemandChangedEvent {
  @Field(() => String, {
    description: 'Position in the change feed: subscribe again with after: this to miss nothing.',
  })
  cursor: string;

  @Field(() => ChangeKind, { description: 'What the write did to the demand or its relationship.' })
  kind: ChangeKind;

  @Field(() => ID, { description: "The demand's id." })
  demandId: string;

  @Field(() => Demand, { nullable: true, description: 'The demand as the graph holds it now; null once retracted.' })
  demand: Demand | null;

  @Field(() => Change, { description: 'The change record itself.' })
  change: Change;
}
