import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../graphql/context';
import { TerritoryConnection } from '../model/connections';
import { TerritoriesArgs } from '../model/list.args';
import { TerritoryRelationPageArgs } from '../model/nested-page.args';
import { RelatedActorConnection } from '../model/relation-edges.type';
import { Territory } from '../model/territory.type';
import { requireNode } from '../repositories/node.repository';
import { relatedActors } from '../repositories/relation.repository';
import { findTerritories } from '../repositories/territory.repository';
import { TERRITORY_RELATIONS } from '../repositories/walks';

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
}
