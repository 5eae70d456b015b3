import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../graphql/context';
import { Node } from '../model/node.interface';
import { findNode } from '../repositories/node.repository';
import type { Ready } from '../repositories/ready';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Any node by its global id, whatever its type; null when there is none (the Relay convention for node).',
  })
  node(
    @Arg('id', () => ID, { description: 'The global id of the node.' }) id: string,
    @Ctx() context: GraphqlContext,
  ): Ready<Node | null> {
    return findNode(context.data, id);
  }
}
