import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description:
    'A rejection: an existing statement that rejects an existing demand. (A new rejecting statement is addStatement with a REJECTS stance.)',
})
export class AddRejectionInput {
  @Field(() => ID, { description: 'The rejecting statement.' })
  statement: string;

  @Field(() => ID, { description: 'The rejected demand.' })
  demand: string;
}
