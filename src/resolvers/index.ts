import type { NonEmptyArray } from 'type-graphql';
import { ActorResolver } from './actor.resolver';
import { AnnotationResolver } from './annotation.resolver';
import { AnnotationSyncResolver } from './annotation-sync.resolver';
import { AnalyticsResolver } from './analytics.resolver';
import { ChangeResolver } from './change.resolver';
import { ChangeSubscriptionResolver } from './change-subscription.resolver';
import { ArticleResolver } from './article.resolver';
import { DemandResolver } from './demand.resolver';
import { DemandTimeResolver } from './demand-time.resolver';
import { DraftResolver } from './draft.resolver';
import { EventResolver } from './event.resolver';
import { GraphStatsResolver } from './graph-stats.resolver';
import { NameSearchResolver } from './name-search.resolver';
import { NodeResolver } from './node.resolver';
import { PathResolver } from './path.resolver';
import { provenanceResolvers } from './provenance.resolver';
import { RejectionResolver } from './rejection.resolver';
import { StatementResolver } from './statement.resolver';
import { TerritoryResolver } from './territory.resolver';
import { walkFieldResolvers } from './walk-field-resolvers';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  GraphStatsResolver,
  NodeResolver,
  NameSearchResolver,
  ActorResolver,
  StatementResolver,
  DemandResolver,
  DemandTimeResolver,
  RejectionResolver,
  TerritoryResolver,
  ArticleResolver,
  EventResolver,
  ...walkFieldResolvers(),
  PathResolver,
  ...provenanceResolvers,
  AnnotationResolver,
  AnnotationSyncResolver,
  DraftResolver,
  AnalyticsResolver,
  ChangeResolver,
  ChangeSubscriptionResolver,
];
