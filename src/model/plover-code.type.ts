import { Field, ObjectType } from 'type-graphql';
import { PloverType } from './plover-type.enum';

@ObjectType({ description: 'How a statement is coded in the PLOVER and CAMEO event ontologies.' })
export class PloverCode {
  @Field(() => PloverType, { description: 'The PLOVER event type.' })
  type: PloverType;

  @Field(() => String, { nullable: true, description: 'The PLOVER mode, where one applies.' })
  mode: string | null;

  @Field(() => String, { description: 'The CAMEO code, 2-4 digits as a string (e.g. "012").' })
  cameo: string;

  @Field(() => String, { description: 'The codebook and version the codes come from.' })
  codebook: string;
}
