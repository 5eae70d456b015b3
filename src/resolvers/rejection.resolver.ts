import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../graphql/context';
import { RejectionsArgs } from '../model/list.args';
import { RejectionConnection } from '../model/rejection.type';
import { findRejections } from '../repositories/rejection.repository';

@Resolver()
export class RejectionResolver {
  @Query(() => RejectionConnection, {
    description:
      'Who rejected whose demand: each statement that rejects a demand, with the rejecter, the demand, its owner and the article. ' +
      'Filter by either side, the demand, its kind (PRECONDITION), the article or a date range.',
  })
  rejections(@Args() args: RejectionsArgs, @Ctx() context: GraphqlContext) {
    return findRejections(context.data, args);
  }
}
