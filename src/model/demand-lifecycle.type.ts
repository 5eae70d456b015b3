import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Actor } from './actor.type';
import { DemandStance } from './demand-stance.enum';
import { FuzzyDate } from './fuzzy-date.type';
import { Statement } from './statement.type';

export enum LifecycleKind {
  RAISED = 'RAISED',
  REPEATED = 'REPEATED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

registerEnumType(LifecycleKind, {
  name: 'LifecycleKind',
  description: "A step of a demand's lifecycle, one per stance.",
  valuesConfig: {
    RAISED: { description: 'A statement sets the demand (SETS): first put forward.' },
    REPEATED: { description: 'A statement voices it again (REPEATS).' },
    ACCEPTED: { description: 'A statement accepts it (ACCEPTS).' },
    REJECTED: { description: 'A statement rejects it (REJECTS).' },
  },
});

@ObjectType({ description: "One step of a demand's lifecycle: a statement's stance on it." })
export class DemandLifecycleStep {
  @Field(() => LifecycleKind, { description: 'What the step did to the demand.' })
  kind: LifecycleKind;

  @Field(() => DemandStance, { description: 'The stance edge the step rests on.' })
  stance: DemandStance;

  @Field(() => FuzzyDate, { nullable: true, description: "The statement's date; null for an undated statement." })
  date: FuzzyDate | null;

  @Field(() => Statement, { description: 'The statement that took the stance.' })
  statement: Statement;

  @Field(() => Actor, { nullable: true, description: 'The actor who made the statement.' })
  actor: Actor | null;

  @Field(() => Actor, { nullable: true, description: 'The actor the speaker spoke for, where the statement says so.' })
  onBehalfOf: Actor | null;
}
