import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many nodes carry a label, or how many edges have a type.' })
export class NameCount {
  @Field(() => String, { description: 'The node label or edge type.' })
  name: string;

  @Field(() => Int, { description: 'How many there are in the graph.' })
  count: number;
}

@ObjectType({ description: 'The size of the graph: nodes per label and edges per type.' })
export class GraphStats {
  @Field(() => [NameCount], { description: 'Nodes per label, sorted by label.' })
  nodes: NameCount[];

  @Field(() => [NameCount], { description: 'Edges per type, sorted by type.' })
  edges: NameCount[];
}
