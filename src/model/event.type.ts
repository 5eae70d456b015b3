import { Field, ID, ObjectType } from 'type-graphql';
import { EventKind } from './event-kind.enum';
import { FuzzyDate } from './fuzzy-date.type';
import { Node } from './node.interface';

@ObjectType('Event', {
  implements: Node,
  description: 'Talks, a summit, a decree, a call or another event the articles report.',
})
export class GraphEvent implements Node {
  readonly label = 'Event' as const;

  @Field(() => ID, { description: 'Global id, e.g. event-riyadh-talks-2025.' })
  id: string;

  @Field(() => String, { description: 'The name of the event.' })
  name: string;

  @Field(() => EventKind, { description: 'What sort of event it is.' })
  kind: EventKind;

  @Field(() => FuzzyDate, { nullable: true, description: 'When it happened, where known.' })
  date: FuzzyDate | null;

  @Field(() => String, { nullable: true, description: 'Where it happened, where known.' })
  place: string | null;
}
