import { Field, ID, ObjectType } from 'type-graphql';
import { DemandKind } from './demand-kind.enum';
import { DemandTopic } from './demand-topic.enum';
import { Node } from './node.interface';

@ObjectType({
  implements: Node,
  description: 'A demand, precondition, proposal or red line that an actor voices and others accept or reject.',
})
export class Demand implements Node {
  readonly label = 'Demand' as const;

  @Field(() => ID, { description: 'Global id, e.g. demand-russia-us-heed-security-concerns.' })
  id: string;

  @Field(() => String, { description: 'What is demanded, in one sentence.' })
  summary: string;

  @Field(() => DemandKind, { description: 'How binding the demand is meant to be.' })
  kind: DemandKind;

  @Field(() => DemandTopic, { description: 'What the demand is about.' })
  topic: DemandTopic;

  /** Not in GraphQL: the article whose annotations declared it (see `article`). */
  articleId: string | null;
}
