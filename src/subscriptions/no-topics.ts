import type { PubSub } from 'type-graphql';

/**
 * type-graphql asks for a PubSub as soon as the schema has a subscription,
 * even when every subscription brings its own iterator (`subscribe`), as
 * ours do: they read the change feed in the database, which is what lets
 * every process see every write. Topics are not used; this says so if
 * anything ever tries.
 */
export const noTopics: PubSub = {
  publish() {
    throw new Error('Subscriptions read the change feed (src/changes/); there are no topics to publish to');
  },
  subscribe() {
    throw new Error('Subscriptions read the change feed (src/changes/); there are no topics to subscribe to');
  },
};
