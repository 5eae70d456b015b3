import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { AnalyticsReads } from '../analytics/analytics-reads';
import { AnalyticsSession } from '../analytics/session';
import type { GraphqlContext } from '../graphql/context';
import { CentralityResult } from '../model/analytics-centrality.type';
import { CommunityResult } from '../model/analytics-communities.type';
import { DeadlockReport } from '../model/analytics-deadlocks.type';
import { AnalyticsExportFormat, AnalyticsGraph, AnalyticsLevel } from '../model/analytics-enums.type';
import { ExportResult } from '../model/analytics-export.type';
import { PositionReport } from '../model/analytics-positions.type';
import { StanceMatrix } from '../model/analytics-stance-matrix.type';
import { Analytics } from '../model/analytics.type';
import { requireArticles } from '../repositories/article-scope';
import { dateArgument } from '../repositories/filters';

// Thin: every number comes from src/analytics/session.ts, which the CLI and
// /explore use too. The snapshot is read once per `analytics` field, when
// the first of its fields needs it.
//
// `complexity` is each field's price in the query cost (src/http/field-cost.ts),
// in units of about one item read: the snapshot read and each algorithm are
// priced by the work they do on a cold cache, so fifteen aliased analytics or
// exports cannot be asked for in one request, while one screen of analytics
// (every report at once, about 1,500) stays well under MAX_COST.
const PRICE = { snapshot: 100, algorithm: 300, table: 200, export: 1_000 } as const;
@Resolver(() => Analytics)
export class AnalyticsResolver {
  @Query(() => Analytics, {
    complexity: PRICE.snapshot,
    description:
      'Graph analytics: who is central, who sides with whom, who is deadlocked, how positions moved; and exports.',
  })
  async analytics(
    @Ctx() context: GraphqlContext,
    @Arg('articles', () => [ID], {
      nullable: true,
      description: 'Limit to what these articles report; omit for the whole graph.',
    })
    articles?: string[] | null,
    @Arg('level', () => AnalyticsLevel, {
      defaultValue: AnalyticsLevel.ACTOR,
      description: 'Actors as annotated, or folded into sides.',
    })
    level: AnalyticsLevel = AnalyticsLevel.ACTOR,
    @Arg('asOf', () => String, {
      nullable: true,
      description:
        'The graph as it stood on this date (YYYY, YYYY-MM or YYYY-MM-DD): only statements dated on or before it ' +
        '(at the coarser precision of the two), the demands they raised, their stances on those, and the relations ' +
        'resting on them. Omit for the graph as it stands.',
    })
    asOf?: string | null,
  ): Promise<Analytics> {
    const asOfDate = dateArgument('asOf', asOf);
    await requireArticles(context.executor, articles, context.observe);
    context.analyticsReads ??= new AnalyticsReads(context.executor, context.observe);
    return new Analytics(
      new AnalyticsSession(
        context.executor,
        { articles, level, asOf: asOfDate },
        context.observe,
        context.analytics,
        context.analyticsReads,
      ),
    );
  }

  @FieldResolver(() => CentralityResult, {
    complexity: PRICE.algorithm,
    description: 'In/out degree, PageRank and betweenness on the influence projection.',
  })
  centrality(@Root() root: Analytics): Promise<CentralityResult> {
    return root.session.centrality() as Promise<CentralityResult>;
  }

  @FieldResolver(() => CommunityResult, {
    complexity: PRICE.algorithm,
    description: 'Louvain communities of the agreement projection.',
  })
  communities(@Root() root: Analytics): Promise<CommunityResult> {
    return root.session.communities() as Promise<CommunityResult>;
  }

  @FieldResolver(() => StanceMatrix, {
    complexity: PRICE.table,
    description: 'Demands set, accepted, rejected and supported between each pair of actors.',
  })
  stanceMatrix(@Root() root: Analytics): Promise<StanceMatrix> {
    return root.session.stanceMatrix() as Promise<StanceMatrix>;
  }

  @FieldResolver(() => DeadlockReport, {
    complexity: PRICE.algorithm,
    description: 'Deadlocks between sides (always at SIDE level), with evidence.',
  })
  deadlocks(@Root() root: Analytics): Promise<DeadlockReport> {
    return root.session.deadlocks() as Promise<DeadlockReport>;
  }

  @FieldResolver(() => PositionReport, {
    complexity: PRICE.table,
    description: "How actors' demands and rejections change over their dated statements.",
  })
  positions(
    @Root() root: Analytics,
    @Arg('actors', () => [ID], {
      nullable: true,
      description: 'Only these actors (at SIDE level: their sides); omit for all.',
    })
    actors?: string[] | null,
  ): Promise<PositionReport> {
    return root.session.positions(actors) as Promise<PositionReport>;
  }

  @FieldResolver(() => ExportResult, {
    complexity: PRICE.export,
    description: 'The full graph or a projection as GraphML, graphology JSON or neo4j-admin CSV.',
  })
  export(
    @Root() root: Analytics,
    @Arg('graph', () => AnalyticsGraph, { description: 'Which graph.' }) graph: AnalyticsGraph,
    @Arg('format', () => AnalyticsExportFormat, { description: 'Which format.' }) format: AnalyticsExportFormat,
  ): Promise<ExportResult> {
    return root.session.export(graph, format) as Promise<ExportResult>;
  }
}
