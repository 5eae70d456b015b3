import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../graphql/context';
import { Actor } from '../model/actor.type';
import { ActorConnection } from '../model/connections';
import { ActorsArgs } from '../model/list.args';
import { ActorRelationPageArgs, RejectionPageArgs, TerritoryRelationPageArgs } from '../model/nested-page.args';
import { RejectionConnection } from '../model/rejection.type';
import { RelatedActorConnection, RelatedTerritoryConnection } from '../model/relation-edges.type';
import { findActors } from '../repositories/actor.repository';
import { requireNode } from '../repositories/node.repository';
import { actorRejections } from '../repositories/rejection.repository';
import { relatedActors, relatedTerritories } from '../repositories/relation.repository';
import { ACTOR_RELATIONS, TERRITORY_RELATIONS } from '../repositories/walks';

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, { description: 'One actor by id. An unknown id is a NOT_FOUND error, not null.' })
  actor(
    @Arg('id', () => ID, { description: 'The actor id, e.g. actor-dmitry-peskov.' }) id: string,
    @Ctx() context: GraphqlContext,
  ) {
    return requireNode(context.data, id, 'Actor');
  }

  @Query(() => ActorConnection, {
    description: 'Actors, searchable by name and every alias, filterable by kind and country, sorted by name.',
  })
  actors(@Args() args: ActorsArgs, @Ctx() context: GraphqlContext) {
    return findActors(context.data, args);
  }

  @FieldResolver(() => RejectionConnection, {
    description: 'Rejections this actor made: its statements, or statements made on its behalf, that reject a demand.',
  })
  rejectionsMade(@Root() actor: Actor, @Args() args: RejectionPageArgs, @Ctx() context: GraphqlContext) {
    return actorRejections(context.data, actor.id, 'MADE', args);
  }

  @FieldResolver(() => RejectionConnection, {
    description: 'Rejections this actor received: statements that reject a demand it owns.',
  })
  rejectionsReceived(@Root() actor: Actor, @Args() args: RejectionPageArgs, @Ctx() context: GraphqlContext) {
    return actorRejections(context.data, actor.id, 'RECEIVED', args);
  }

  @FieldResolver(() => RelatedActorConnection, {
    description:
      'Relations from this actor to other actors (it speaks for, is a member of, leads or is part of them), with provenance; sorted by name.',
  })
  relations(@Root() actor: Actor, @Args() args: ActorRelationPageArgs, @Ctx() context: GraphqlContext) {
    return relatedActors(context.data, actor.id, 'out', args.types?.length ? args.types : ACTOR_RELATIONS, args);
  }

  @FieldResolver(() => RelatedActorConnection, {
    description:
      'Relations from other actors to this one (who speaks for it, is a member of it, leads it or is part of it), with provenance; sorted by name.',
  })
  inboundRelations(@Root() actor: Actor, @Args() args: ActorRelationPageArgs, @Ctx() context: GraphqlContext) {
    return relatedActors(context.data, actor.id, 'in', args.types?.length ? args.types : ACTOR_RELATIONS, args);
  }

  @FieldResolver(() => RelatedTerritoryConnection, {
    description: 'Territories this actor claims, controls or annexed, with provenance; sorted by name.',
  })
  territories(@Root() actor: Actor, @Args() args: TerritoryRelationPageArgs, @Ctx() context: GraphqlContext) {
    return relatedTerritories(context.data, actor.id, args.types?.length ? args.types : TERRITORY_RELATIONS, args);
  }
}
