import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.interface';
import { TerritoryStatus } from './territory-status.enum';

@ObjectType({
  implements: Node,
  description: 'A territory that actors claim, control or annexed, and that demands and events concern.',
})
export class Territory implements Node {
  readonly label = 'Territory' as const;

  @Field(() => ID, { description: 'Global id, e.g. territory-crimea.' })
  id: string;

  @Field(() => String, { description: 'The name the corpus uses for the territory.' })
  name: string;

  @Field(() => [String], { description: 'Other names the articles use.' })
  aliases: string[];

  @Field(() => String, { nullable: true, description: 'ISO 3166-2 code, e.g. UA-43.' })
  iso3166_2: string | null;

  @Field(() => TerritoryStatus, { nullable: true, description: 'Its standing as the articles describe it.' })
  status: TerritoryStatus | null;
}
