import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../graphql/context';
import { DemandConnection, EventConnection, StatementConnection, TerritoryConnection } from '../model/connections';
import { TerritoriesArgs } from '../model/list.args';
import { DemandPageArgs, EventPageArgs, StatementPageArgs, TerritoryRelationPageArgs } from '../model/nested-page.args';
import { PageArgs } from '../model/page.args';
import { RelatedActorConnection } from '../model/relation-edges.type';
import { sortSpec } from '../model/sort.enum';
import { Territory } from '../model/territory.type';
import { neighbourConnection } from '../repositories/neighbour.repository';
import { toDemand, toEvent, toStatement } from '../repositories/node-mapper';
import { requireNode } from '../repositories/node.repository';
import { relatedActors } from '../repositories/relation.repository';
import { findTerritories } from '../repositories/territory.repository';
import { TERRITORY_RELATIONS, WALKS } from '../repositories/walks';

@Resolver(() => Territory)
export class TerritoryResolver {
  @Query(() => Territory, { description: 'One territory by id. An unknown id is a NOT_FOUND error.' })
  territory(
    @Arg('id', () => ID, { description: 'The territory id, e.g. territory-crimea.' }) id: string,
    @Ctx() context: GraphqlContext,
  ) {
    return requireNode(context.data, id, 'Territory');
  }

  @Query(() => TerritoryConnection, {
    description: 'Territories, searchable by name and every alias, filterable by status, sorted by name.',
  })
  territories(@Args() args: TerritoriesArgs, @Ctx() context: GraphqlContext) {
    return findTerritories(context.data, args);
  }

  @FieldResolver(() => RelatedActorConnection, {
    description: 'Actors that claim, control or annexed the territory, with provenance; sorted by name.',
  })
  relations(@Root() territory: Territory, @Args() args: TerritoryRelationPageArgs, @Ctx() context: GraphqlContext) {
    return relatedActors(context.data, territory.id, 'in', args.types?.length ? args.types : TERRITORY_RELATIONS, args);
  }

  @FieldResolver(() => RelatedActorConnection, { description: 'Actors that claim the territory, with provenance.' })
  claimants(@Root() territory: Territory, @Args() args: PageArgs, @Ctx() context: GraphqlContext) {
    return relatedActors(context.data, territory.id, 'in', ['CLAIMS'], args);
  }

  @FieldResolver(() => RelatedActorConnection, { description: 'Actors that control the territory, with provenance.' })
  controllers(@Root() territory: Territory, @Args() args: PageArgs, @Ctx() context: GraphqlContext) {
    return relatedActors(context.data, territory.id, 'in', ['CONTROLS'], args);
  }

  @FieldResolver(() => DemandConnection, { description: 'Demands that concern the territory.' })
  demands(@Root() territory: Territory, @Args() args: DemandPageArgs, @Ctx() context: GraphqlContext) {
    return neighbourConnection(
      context.data,
      territory.id,
      WALKS.demandsConcerning,
      sortSpec(args.sort),
      args,
      toDemand,
    );
  }

  @FieldResolver(() => EventConnection, { description: 'Events that concern the territory.' })
  events(@Root() territory: Territory, @Args() args: EventPageArgs, @Ctx() context: GraphqlContext) {
    return neighbourConnection(context.data, territory.id, WALKS.eventsConcerning, sortSpec(args.sort), args, toEvent);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements that mention the territory.' })
  mentionedIn(@Root() territory: Territory, @Args() args: StatementPageArgs, @Ctx() context: GraphqlContext) {
    return neighbourConnection(
      context.data,
      territory.id,
      WALKS.statementsMentioning,
      sortSpec(args.sort),
      args,
      toStatement,
    );
  }
}
