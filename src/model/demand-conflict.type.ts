import { Field, ObjectType } from 'type-graphql';
import { Demand } from './demand.type';

@ObjectType({ description: 'Another demand that cannot be met together with this one, and the article that says so.' })
export class DemandConflict {
  @Field(() => Demand, { description: 'The conflicting demand.' })
  demand: Demand;

  /** Resolved to `article` by the provenance resolver. */
  articleId: string | null;
}
