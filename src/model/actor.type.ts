import { Field, ID, ObjectType } from 'type-graphql';
import { ActorKind } from './actor-kind.enum';
import { Node } from './node.interface';

@ObjectType({
  implements: Node,
  description:
    'A person, state, government, organisation, alliance, bloc or outlet that speaks, owns or receives demands, or holds territory.',
})
export class Actor implements Node {
  readonly label = 'Actor' as const;

  @Field(() => ID, { description: 'Global id, e.g. actor-dmitry-peskov.' })
  id: string;

  @Field(() => String, { description: 'The name the corpus uses for the actor.' })
  name: string;

  @Field(() => ActorKind, { description: 'What sort of actor this is.' })
  kind: ActorKind;

  @Field(() => [String], {
    description: 'Every other spelling or metonym the articles use (e.g. "Moscow" for Russia).',
  })
  aliases: string[];

  @Field(() => String, { nullable: true, description: 'Who the actor is, in a line.' })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of the country the actor belongs to.' })
  country: string | null;
}
