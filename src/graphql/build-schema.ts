import 'reflect-metadata';
import type { GraphQLInterfaceType, GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { nodeTypeName } from '../model/node.interface';
import { resolvers } from '../resolvers';
import { noTopics } from '../subscriptions/no-topics';
import { answerArgumentsSynchronously } from './synchronous-arguments';

let built: Promise<GraphQLSchema> | undefined;

// type-graphql has no option for describing the root types; the SDL should
// still say what they are, so they get their descriptions here.
const ROOT_DESCRIPTIONS = {
  Query:
    'Reads are public. Start from a list (actors, statements, demands, rejections, territories, articles, events), ' +
    'an id (node, actor, ...), a timeline or a path, then walk to neighbours and back.',
  Mutation:
    'Writes need an API key (Authorization: Bearer <key> or X-API-Key: <key>). Each mutation is validated like the annotations and written atomically.',
  Subscription:
    'Live changes, over graphql-ws (a WebSocket on /graphql) or graphql-sse (/graphql/stream), with the keys and ' +
    'limits of queries. Each event carries a cursor; subscribing with after: that cursor replays what came since.',
};

/** The type-graphql schema, built once per process. */
export function graphqlSchema(): Promise<GraphQLSchema> {
  // With validation off, arguments need no waiting (synchronous-arguments.ts).
  answerArgumentsSynchronously();
  built ??= buildSchema({ resolvers, validate: false, pubSub: noTopics }).then((schema) => {
    const query = schema.getQueryType();
    const mutation = schema.getMutationType();
    if (query) query.description = ROOT_DESCRIPTIONS.Query;
    if (mutation) mutation.description = ROOT_DESCRIPTIONS.Mutation;
    const subscription = schema.getSubscriptionType();
    if (subscription) subscription.description = ROOT_DESCRIPTIONS.Subscription;
    // type-graphql wraps a resolveType in an async function; the answer is
    // known at once, and compiled execution (compiled-execution.ts) takes
    // an answer, not a promise of one.
    (schema.getType('Node') as GraphQLInterfaceType).resolveType = nodeTypeName;
    return schema;
  });
  return built;
}
