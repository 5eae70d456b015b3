import type { ChangeHub } from '../changes/change-hub';
import type { Executor } from '../db/executor';
import { createContext } from '../graphql/context';
import type { GraphqlContext } from '../graphql/context';
import type { Viewer } from '../graphql/viewer';
import { createDataAccess } from '../repositories/data-access';
import type { EventFacts } from './event-facts';

/** What the subscription resolvers need besides a request's context: this process's feed reader. */
export interface SubscriptionContext extends GraphqlContext {
  changes: ChangeHub;
  facts: EventFacts;
}

export interface LiveChanges {
  hub: ChangeHub;
  facts: EventFacts;
}

export function subscriptionContext(executor: Executor, viewer: Viewer | null, live: LiveChanges): SubscriptionContext {
  return { ...createContext(executor, viewer), changes: live.hub, facts: live.facts };
}

/**
 * A subscription's context lives as long as the subscription, but a
 * request's loaders cache what they read: each event starts with fresh ones,
 * so it shows the graph as it is and the cache does not grow for hours.
 */
export function freshData(context: GraphqlContext): void {
  context.data = createDataAccess(context.executor, context.observe);
  context.roundTrips.length = 0;
}

/** The context a subscription resolver was given, or an error naming the transport to use. */
export function liveContext(context: GraphqlContext): SubscriptionContext {
  const live = context as Partial<SubscriptionContext>;
  if (!live.changes || !live.facts) throw new Error('Subscriptions run over graphql-ws or graphql-sse only');
  return live as SubscriptionContext;
}
