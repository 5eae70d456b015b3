import { Field, ID, ObjectType } from 'type-graphql';
import type { AnalyticsSession } from '../analytics/session';
import { AnalyticsLevel } from './analytics-enums.type';

@ObjectType({
  description:
    'Graph analytics over one snapshot of the graph: centrality, communities, stance matrix, deadlocks, positions over time and exports. ' +
    'Every field of one analytics query describes the same state of the graph.',
})
export class Analytics {
  /** Not in GraphQL: the session that computes the fields. */
  readonly session: AnalyticsSession;

  @Field(() => AnalyticsLevel, { description: 'Actors as annotated, or folded into sides.' })
  level: AnalyticsLevel;

  @Field(() => [ID], {
    nullable: true,
    description: 'The articles the analytics are limited to; null for the whole graph.',
  })
  articles: string[] | null;

  constructor(session: AnalyticsSession) {
    this.session = session;
    this.level = session.level as AnalyticsLevel;
    this.articles =
      session.options.articles && session.options.articles.length > 0 ? [...session.options.articles] : null;
  }
}
