import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../graphql/context';
import { EventConnection } from '../model/connections';
import { GraphEvent } from '../model/event.type';
import { EventsArgs } from '../model/list.args';
import { findEvents } from '../repositories/event.repository';
import { requireNode } from '../repositories/node.repository';

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
}
