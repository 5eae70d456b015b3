import { Field, ObjectType } from 'type-graphql';
import { connectionType } from './connection';
import { Demand } from './demand.type';
import { DemandStance } from './demand-stance.enum';
import { Statement } from './statement.type';

@ObjectType({ description: "A statement's stance on a demand, seen from the statement." })
export class StanceOnDemand {
  @Field(() => DemandStance, { description: 'Whether the statement sets, repeats, accepts or rejects the demand.' })
  stance: DemandStance;

  @Field(() => Demand, { description: 'The demand.' })
  demand: Demand;
}

@ObjectType({ description: 'A statement that takes a stance on a demand, seen from the demand.' })
export class DemandStatementEdge {
  @Field(() => String, { description: 'Opaque cursor of this item: pass it as after or before to page from here.' })
  cursor: string;

  @Field(() => DemandStance, { description: 'Whether the statement sets, repeats, accepts or rejects the demand.' })
  stance: DemandStance;

  @Field(() => Statement, { description: 'The statement.' })
  node: Statement;
}

export const DemandStatementConnection = connectionType(
  'DemandStatement',
  DemandStatementEdge,
  Statement,
  'statements on a demand',
);
