import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../graphql/context';
import { GraphStats } from '../model/graph-stats.type';
import { graphCounts } from '../seed/graph-counts';

@Resolver()
export class GraphStatsResolver {
  @Query(() => GraphStats, { description: 'Nodes per label and edges per type, counted now.' })
  async graphStats(@Ctx() context: GraphqlContext): Promise<GraphStats> {
    context.observe('graph-counts');
    const counts = await graphCounts(context.executor);
    const list = (record: Record<string, number>) => Object.entries(record).map(([name, count]) => ({ name, count }));
    return { nodes: list(counts.nodes), edges: list(counts.edges) };
  }
}
