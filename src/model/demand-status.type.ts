import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Actor } from './actor.type';

export enum DemandState {
  NOT_RAISED = 'NOT_RAISED',
  OPEN = 'OPEN',
  REJECTED = 'REJECTED',
  ACCEPTED = 'ACCEPTED',
  CONTESTED = 'CONTESTED',
}

registerEnumType(DemandState, {
  name: 'DemandState',
  description: "Where a demand stands, from its statements' stances (docs/time.md).",
  valuesConfig: {
    NOT_RAISED: { description: 'No statement (dated on or before asOf, if given) sets or repeats it.' },
    OPEN: { description: 'Raised, and no actor has accepted or rejected it.' },
    REJECTED: { description: "Raised; at least one actor's latest answer rejects it, and none accepts it." },
    ACCEPTED: { description: "Raised; at least one actor's latest answer accepts it, and none rejects it." },
    CONTESTED: { description: 'Raised; some actors last accepted it and others last rejected it.' },
  },
});

@ObjectType({
  description:
    "Where a demand stands, and by whom: each actor's latest ACCEPTS or REJECTS decides its side " +
    '(a statement made on behalf of an actor counts for that actor).',
})
export class DemandStatus {
  @Field(() => DemandState, { description: 'Where the demand stands (see DemandState).' })
  state: DemandState;

  @Field(() => [Actor], { description: 'The actors that set or repeated the demand, by id.' })
  raisedBy: Actor[];

  @Field(() => [Actor], { description: 'The actors whose latest answer accepts the demand, by id.' })
  acceptedBy: Actor[];

  @Field(() => [Actor], { description: 'The actors whose latest answer rejects the demand, by id.' })
  rejectedBy: Actor[];
}
