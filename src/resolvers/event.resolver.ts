import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../graphql/context';
import { Actor } from '../model/actor.type';
import { Article } from '../model/article.type';
import { EventConnection, StatementConnection } from '../model/connections';
import { GraphEvent } from '../model/event.type';
import { EventsArgs } from '../model/list.args';
import { StatementPageArgs } from '../model/nested-page.args';
import { sortSpec } from '../model/sort.enum';
import { Territory } from '../model/territory.type';
import { findEvents } from '../repositories/event.repository';
import { neighbourConnection } from '../repositories/neighbour.repository';
import { toActor, toArticle, toStatement, toTerritory } from '../repositories/node-mapper';
import { neighbourModels, neighbourOne, requireNode } from '../repositories/node.repository';
import { WALKS } from '../repositories/walks';

@Resolver(() => GraphEvent)
export class EventResolver {
  @Query(() => GraphEvent, { description: 'One event by id. An unknown id is a NOT_FOUND error.' })
  event(
    @Arg('id', () => ID, { description: 'The event id, e.g. event-riyadh-talks-2025.' }) id: string,
    @Ctx() context: GraphqlContext,
  ) {
    return requireNode(context.data, id, 'Event');
  }

  @Query(() => EventConnection, {
    description: 'Events, filterable by name, kind, participant, territory and date range; oldest first by default.',
  })
  events(@Args() args: EventsArgs, @Ctx() context: GraphqlContext) {
    return findEvents(context.data, args);
  }

  @FieldResolver(() => [Actor], { description: 'The actors that took part in the event.' })
  participants(@Root() event: GraphEvent, @Ctx() context: GraphqlContext) {
    return neighbourModels(context.data, event.id, 'in', ['TOOK_PART_IN'], (item) => toActor(item.node));
  }

  @FieldResolver(() => [Territory], { description: 'The territories the event concerns.' })
  territories(@Root() event: GraphEvent, @Ctx() context: GraphqlContext) {
    return neighbourModels(context.data, event.id, 'out', ['CONCERNS'], (item) => toTerritory(item.node));
  }

  @FieldResolver(() => Article, { nullable: true, description: 'The article that reports the event (its provenance).' })
  article(@Root() event: GraphEvent, @Ctx() context: GraphqlContext) {
    return neighbourOne(context.data, event.id, 'out', ['REPORTED_IN'], toArticle);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements that mention the event.' })
  mentionedIn(@Root() event: GraphEvent, @Args() args: StatementPageArgs, @Ctx() context: GraphqlContext) {
    return neighbourConnection(
      context.data,
      event.id,
      WALKS.statementsMentioning,
      sortSpec(args.sort),
      args,
      toStatement,
    );
  }
}
