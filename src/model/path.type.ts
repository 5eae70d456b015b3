import { Field, Int, ObjectType } from 'type-graphql';
import { EdgeType } from './edge-type.enum';
import { FuzzyDate } from './fuzzy-date.type';
import { Node } from './node.interface';

@ObjectType({
  description: 'One edge on a path, as stored: from its start node to its end node, whichever way the path walks it.',
})
export class PathStep {
  @Field(() => EdgeType, { description: 'The edge type.' })
  type: EdgeType;

  @Field(() => Node, { description: 'The node the edge starts at.' })
  from: Node;

  @Field(() => Node, { description: 'The node the edge ends at.' })
  to: Node;

  @Field(() => Boolean, {
    description: 'True when the path walks the edge from its start to its end, false when against it.',
  })
  forward: boolean;

  @Field(() => String, { nullable: true, description: 'The role a relation edge names, if any.' })
  role: string | null;

  @Field(() => FuzzyDate, { nullable: true, description: 'Since when a relation edge holds, where known.' })
  since: FuzzyDate | null;

  /** Resolved to `article` and `statement` by the provenance resolvers. */
  articleId: string | null;
  statementId: string | null;
}

@ObjectType('Path', {
  description: 'The shortest connection between two nodes, over edges of any type and in either direction.',
})
export class GraphPath {
  @Field(() => Int, { description: 'How many edges the path has.' })
  length: number;

  @Field(() => [Node], { description: 'The nodes in walking order, from the first node to the last.' })
  nodes: Node[];

  @Field(() => [PathStep], { description: 'The edges in walking order.' })
  steps: PathStep[];
}
