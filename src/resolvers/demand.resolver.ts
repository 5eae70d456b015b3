import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../graphql/context';
import { Article } from '../model/article.type';
import { DemandConnection } from '../model/connections';
import { DemandConflict } from '../model/demand-conflict.type';
import type { DemandStance } from '../model/demand-stance.enum';
import { Demand } from '../model/demand.type';
import { DemandsArgs } from '../model/list.args';
import { DemandStatementPageArgs } from '../model/nested-page.args';
import { sortSpec } from '../model/sort.enum';
import { DemandStatementConnection } from '../model/stance.type';
import { findDemands } from '../repositories/demand.repository';
import { neighbourPage } from '../repositories/neighbour.repository';
import { toDemand, toStatement } from '../repositories/node-mapper';
import { neighbourModels, optionalNode, requireNode } from '../repositories/node.repository';
import { toConnection } from '../repositories/paging';
import { STANCES } from '../repositories/walks';

@Resolver(() => Demand)
export class DemandResolver {
  @Query(() => Demand, { description: 'One demand by id. An unknown id is a NOT_FOUND error.' })
  demand(@Arg('id', () => ID, { description: 'The demand id.' }) id: string, @Ctx() context: GraphqlContext) {
    return requireNode(context.data, id, 'Demand');
  }

  @Query(() => DemandConnection, {
    description: 'Demands, filterable by owner, addressee, kind, topic, territory and summary text.',
  })
  demands(@Args() args: DemandsArgs, @Ctx() context: GraphqlContext) {
    return findDemands(context.data, args);
  }

  @FieldResolver(() => [DemandConflict], {
    description: 'Demands that cannot be met together with this one, whichever side recorded the conflict.',
  })
  async conflicts(@Root() demand: Demand, @Ctx() context: GraphqlContext): Promise<DemandConflict[]> {
    const toConflict = (item: { node: Record<string, unknown>; edge: Record<string, unknown> }) => ({
      demand: toDemand(item.node),
      articleId: item.edge.article == null ? null : String(item.edge.article),
    });
    const [outgoing, incoming] = await Promise.all([
      neighbourModels(context.data, demand.id, 'out', ['CONFLICTS_WITH'], toConflict),
      neighbourModels(context.data, demand.id, 'in', ['CONFLICTS_WITH'], toConflict),
    ]);
    return [...outgoing, ...incoming];
  }

  @FieldResolver(() => DemandStatementConnection, {
    description:
      'The statements that set, repeat, accept or reject the demand, each with its stance; oldest first by default.',
  })
  async statements(@Root() demand: Demand, @Args() args: DemandStatementPageArgs, @Ctx() context: GraphqlContext) {
    const types = args.stances?.length ? args.stances : STANCES;
    const page = await neighbourPage(
      context.data,
      demand.id,
      { direction: 'in', types, label: 'Statement' },
      sortSpec(args.sort),
      args,
    );
    return toConnection(page, (entry) => ({ stance: entry.edgeType as DemandStance, node: toStatement(entry.node) }));
  }

  @FieldResolver(() => Article, {
    nullable: true,
    description: 'The article whose annotations declared the demand (its provenance).',
  })
  article(@Root() demand: Demand, @Ctx() context: GraphqlContext) {
    return optionalNode(context.data, demand.articleId, 'Article');
  }
}
