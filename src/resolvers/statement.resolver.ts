import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../graphql/context';
import { StatementConnection } from '../model/connections';
import { DemandStance } from '../model/demand-stance.enum';
import { StatementsArgs, TimelineArgs } from '../model/list.args';
import { StanceOnDemand } from '../model/stance.type';
import { Statement } from '../model/statement.type';
import { toDemand } from '../repositories/node-mapper';
import { neighbourModels, requireNode } from '../repositories/node.repository';
import { findStatements, findTimeline } from '../repositories/statement.repository';
import { STANCES } from '../repositories/walks';

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => Statement, { description: 'One statement by id. An unknown id is a NOT_FOUND error.' })
  statement(
    @Arg('id', () => ID, { description: 'The statement id, e.g. stmt-002-03.' }) id: string,
    @Ctx() context: GraphqlContext,
  ) {
    return requireNode(context.data, id, 'Statement');
  }

  @Query(() => StatementConnection, {
    description:
      'Statements, filterable by speaker, article, target, mention, date range, PLOVER type and full text; newest first by default.',
  })
  statements(@Args() args: StatementsArgs, @Ctx() context: GraphqlContext) {
    return findStatements(context.data, args);
  }

  @Query(() => StatementConnection, {
    description:
      "An actor's dated statements in order, oldest first: what it said and when. An unknown actor is a NOT_FOUND error.",
  })
  async timeline(@Args() args: TimelineArgs, @Ctx() context: GraphqlContext) {
    await requireNode(context.data, args.actor, 'Actor');
    return findTimeline(context.data, args);
  }

  @FieldResolver(() => [StanceOnDemand], {
    description:
      "The demands the statement takes a stance on, with the stance: the statement's place in the demand walks.",
  })
  demands(
    @Root() statement: Statement,
    @Arg('stances', () => [DemandStance], { nullable: true, description: 'Only these stances; all four when absent.' })
    stances: DemandStance[] | null | undefined,
    @Ctx() context: GraphqlContext,
  ) {
    return neighbourModels(context.data, statement.id, 'out', stances?.length ? stances : STANCES, (item) => ({
      stance: item.edgeType as DemandStance,
      demand: toDemand(item.node),
    }));
  }
}
