import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { changesPage } from '../changes/changes-page';
import type { GraphqlContext } from '../graphql/context';
import { ChangeConnection, ChangeEntity } from '../model/change.type';

@Resolver()
export class ChangeResolver {
  @Query(() => ChangeConnection, {
    description:
      'The change feed: every node and relationship writes created, updated or retracted (a seed run as one record), ' +
      'oldest first, in commit order across every API process on the database. Page on with after: endCursor.',
  })
  changes(
    @Arg('after', () => String, {
      nullable: true,
      description: 'Start after this cursor; absent: from the first record.',
    })
    after: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Records in the page (default 20).' })
    first: number | null,
    @Arg('types', () => [ChangeEntity], {
      nullable: true,
      description: 'Only records about these node labels or relationship types; absent: all.',
    })
    types: string[] | null,
    @Ctx() context: GraphqlContext,
  ) {
    return changesPage(context.executor, context.observe, { after, first, types });
  }
}
