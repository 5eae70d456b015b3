// Relation claims (SPEAKS_FOR, CLAIMS, CONTROLS, ...) are edges with
// provenance: the article (and maybe the statement) that reports them and the
// date since when they hold. A connection edge carries those facts next to
// the node at the other end, so clients read the claim and its source at once.
import { Field, ObjectType } from 'type-graphql';
import { Actor } from './actor.type';
import { connectionType } from './connection';
import { FuzzyDate } from './fuzzy-date.type';
import { RelationType } from './relation-type.enum';
import { Territory } from './territory.type';

// Decorated so the edges below inherit its fields; it is never a field's type,
// so the schema does not list it.
@ObjectType({ description: 'Fields shared by the relation edges.' })
export abstract class RelationFacts {
  @Field(() => String, { description: 'Opaque cursor of this item: pass it as after or before to page from here.' })
  cursor: string;

  @Field(() => RelationType, { description: 'What the relation says.' })
  type: RelationType;

  @Field(() => String, { nullable: true, description: 'The role the relation names, e.g. "Press Secretary".' })
  role: string | null;

  @Field(() => FuzzyDate, { nullable: true, description: 'Since when the relation holds, where the article says.' })
  since: FuzzyDate | null;

  /** Resolved to `article` and `statement` by the provenance resolvers. */
  articleId: string | null;
  statementId: string | null;
}

@ObjectType({
  description:
    'A relation between an actor and another actor, or between an actor and a territory, seen from one end: node is the other end. ' +
    'The same relation reported by two articles is two edges.',
})
export class RelatedActorEdge extends RelationFacts {
  @Field(() => Actor, { description: 'The actor at the other end of the relation.' })
  node: Actor;
}

@ObjectType({
  description: "A relation between an actor and a territory, seen from the actor's end: node is the territory.",
})
export class RelatedTerritoryEdge extends RelationFacts {
  @Field(() => Territory, { description: 'The territory the actor claims, controls or annexed.' })
  node: Territory;
}

export const RelatedActorConnection = connectionType('RelatedActor', RelatedActorEdge, Actor, 'related actors');
export const RelatedTerritoryConnection = connectionType(
  'RelatedTerritory',
  RelatedTerritoryEdge,
  Territory,
  'related territories',
);
