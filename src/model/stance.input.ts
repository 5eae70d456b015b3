import { Field, ID, InputType } from 'type-graphql';
import { DemandStance } from './demand-stance.enum';

@InputType({ description: "A statement's stance on a demand." })
export class StanceInput {
  @Field(() => ID, { description: 'The demand id.' })
  demand: string;

  @Field(() => DemandStance, { description: 'Whether the statement sets, repeats, accepts or rejects it.' })
  stance: DemandStance;
}
