import { ArgsType, Field, ID, Int } from 'type-graphql';
import { EdgeType } from './edge-type.enum';

export const MAX_PATH_HOPS = 6;

@ArgsType()
export class PathArgs {
  @Field(() => ID, { description: 'Id of the node the path starts at.' })
  from: string;

  @Field(() => ID, { description: 'Id of the node the path ends at.' })
  to: string;

  @Field(() => Int, { defaultValue: 4, description: `The longest path to look for, in edges: 1 to ${MAX_PATH_HOPS}.` })
  maxHops: number;

  @Field(() => [EdgeType], { nullable: true, description: 'Walk only edges of these types; every type when absent.' })
  edgeTypes?: EdgeType[] | null;
}
