import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import { encodeChangeCursor } from '../changes/change-cursor';
import type { FeedChange } from '../changes/change-record';
import { toChange } from '../changes/to-change';
import type { GraphqlContext } from '../graphql/context';
import { DemandChangedEvent, RejectionAddedEvent, StatementAddedEvent } from '../model/change-events.type';
import { Change, ChangeEntity, ChangeKind } from '../model/change.type';
import { DemandKind } from '../model/demand-kind.enum';
import { changeEvents } from '../subscriptions/change-events';
import { demandOfChange } from '../subscriptions/demand-of-change';
import { freshData, liveContext } from '../subscriptions/subscription-context';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- type-graphql hands the arguments untyped
type Subscribe = SubscribeResolverData<unknown, any, GraphqlContext>;

const AFTER =
  'Replay the changes after this cursor (from a previous event or the changes list) first, then go live: ' +
  'nothing is missed across a reconnect or a server restart. Absent: from now on.';

@Resolver()
export class ChangeSubscriptionResolver {
  @Subscription(() => StatementAddedEvent, {
    description:
      'Each statement added from now on (or after a cursor), optionally only by one speaker or in one article.',
    subscribe: ({ args, context }: Subscribe) => {
      const live = liveContext(context);
      return changeEvents(live, args.after, async (change) => {
        if (change.entity !== 'Statement' || change.kind !== 'created' || !change.id) return null;
        if (args.speaker || args.article) {
          const facts = await live.facts.statement(change.id);
          if (args.speaker && facts?.speaker !== args.speaker) return null;
          if (args.article && facts?.article !== args.article) return null;
        }
        const statement = await live.facts.statementNode(change.seq, change.id);
        return statement && { cursor: encodeChangeCursor(change.seq), statement };
      });
    },
  })
  statementAdded(
    @Root() event: StatementAddedEvent,
    @Ctx() context: GraphqlContext,
    @Arg('speaker', () => ID, { nullable: true, description: 'Only statements this actor made.' })
    _speaker: string | null,
    @Arg('article', () => ID, { nullable: true, description: 'Only statements this article reports.' })
    _article: string | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) _after: string | null,
  ): StatementAddedEvent {
    freshData(context);
    return event;
  }

  @Subscription(() => RejectionAddedEvent, {
    description:
      'Each rejection recorded from now on (or after a cursor): a statement that REJECTS a demand, ' +
      'optionally only by one rejecter, of one owner, or of one kind of demand (PRECONDITION).',
    subscribe: ({ args, context }: Subscribe) => {
      const live = liveContext(context);
      return changeEvents(live, args.after, async (change) => {
        if (change.entity !== 'REJECTS' || change.kind !== 'created' || !change.from || !change.to) return null;
        const rejection = await live.facts.rejection(change.seq, change.from, change.to, args);
        return rejection && { cursor: encodeChangeCursor(change.seq), rejection };
      });
    },
  })
  rejectionAdded(
    @Root() event: RejectionAddedEvent,
    @Ctx() context: GraphqlContext,
    @Arg('owner', () => ID, { nullable: true, description: 'Only rejections of demands this actor owns.' })
    _owner: string | null,
    @Arg('rejecter', () => ID, {
      nullable: true,
      description: 'Only rejections made by this actor, or by others on its behalf.',
    })
    _rejecter: string | null,
    @Arg('demandKind', () => DemandKind, { nullable: true, description: 'Only rejections of demands of this kind.' })
    _demandKind: string | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) _after: string | null,
  ): RejectionAddedEvent {
    freshData(context);
    return event;
  }

  @Subscription(() => DemandChangedEvent, {
    description:
      'Each change to a demand from now on (or after a cursor): the demand created, updated or retracted, ' +
      'or one of its relationships (a stance on it, its owner, its addressees).',
    subscribe: ({ args, context }: Subscribe) => {
      const live = liveContext(context);
      return changeEvents(live, args.after, async (change) => {
        const demandId = demandOfChange(change);
        if (!demandId || (args.demand && args.demand !== demandId)) return null;
        return demandEvent(change, demandId, await live.facts.demandNode(change.seq, demandId));
      });
    },
  })
  demandChanged(
    @Root() event: DemandChangedEvent,
    @Ctx() context: GraphqlContext,
    @Arg('demand', () => ID, { nullable: true, description: 'Only changes to this demand.' }) _demand: string | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) _after: string | null,
  ): DemandChangedEvent {
    freshData(context);
    return event;
  }

  @Subscription(() => Change, {
    description:
      'Every record of the change feed from now on (or after a cursor), optionally only about some node labels or ' +
      'relationship types: the whole graph, live.',
    subscribe: ({ args, context }: Subscribe) => {
      const live = liveContext(context);
      const types = args.types?.length ? new Set<string>(args.types) : null;
      return changeEvents(live, args.after, (change) => (types && !types.has(change.entity) ? null : change));
    },
  })
  graphChanged(
    @Root() change: FeedChange,
    @Ctx() context: GraphqlContext,
    @Arg('types', () => [ChangeEntity], {
      nullable: true,
      description: 'Only records about these node labels or relationship types; absent: all.',
    })
    _types: string[] | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) _after: string | null,
  ): Change {
    freshData(context);
    return toChange(change);
  }
}

function demandEvent(change: FeedChange, demandId: string, demand: DemandChangedEvent['demand']): DemandChangedEvent {
  return Object.assign(new DemandChangedEvent(), {
    cursor: encodeChangeCursor(change.seq),
    kind: change.kind as ChangeKind,
    demandId,
    demand,
    change: toChange(change),
  });
}
