import { Field, ID, InputType } from 'type-graphql';
import { DemandKind } from './demand-kind.enum';
import { DemandTopic } from './demand-topic.enum';

@InputType({ description: 'A new demand declared with an existing article, as an annotation file writes it.' })
export class AddDemandInput {
  @Field(() => ID, { description: 'A new global id, kebab-case (e.g. demand-russia-ceasefire-lines).' })
  id: string;

  @Field(() => ID, { description: 'The article whose annotations declare the demand.' })
  article: string;

  @Field(() => String, { description: 'What is demanded, in one sentence.' })
  summary: string;

  @Field(() => DemandKind, { description: 'How binding it is meant to be.' })
  kind: DemandKind;

  @Field(() => DemandTopic, { description: 'What it is about.' })
  topic: DemandTopic;

  @Field(() => ID, { description: 'The actor who makes the demand.' })
  owner: string;

  @Field(() => [ID], { nullable: true, description: 'Actors it is addressed to.' })
  addressedTo?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Territories it concerns.' })
  territories?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Demands that cannot both be met with this one.' })
  conflictsWith?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'An existing statement that sets the demand; it gains a SETS stance. Every demand must be voiced by a statement, so without this (or a later statement) the demand is refused.',
  })
  setBy?: string | null;
}
