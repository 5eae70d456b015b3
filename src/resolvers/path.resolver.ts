import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../graphql/context';
import { PathArgs } from '../model/path.args';
import { GraphPath } from '../model/path.type';
import { findPath } from '../repositories/path.repository';

@Resolver()
export class PathResolver {
  @Query(() => GraphPath, {
    nullable: true,
    description:
      'The shortest connection between two nodes over edges of any type, walked in either direction, with every edge on the way; ' +
      'null when none is at most maxHops long. Unknown ids are a NOT_FOUND error.',
  })
  path(@Args() args: PathArgs, @Ctx() context: GraphqlContext) {
    return findPath(context.data, args);
  }
}
