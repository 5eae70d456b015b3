import { Field, InputType } from 'type-graphql';
import { PloverType } from './plover-type.enum';

export const DEFAULT_CODEBOOK = 'PLOVER 2021-10 / CAMEO 1.1b3';

@InputType({ description: 'How a statement is coded in PLOVER and CAMEO.' })
export class PloverInput {
  @Field(() => PloverType, { description: 'The PLOVER event type.' })
  type: PloverType;

  @Field(() => String, { nullable: true, description: 'The PLOVER mode, where one applies.' })
  mode?: string | null;

  @Field(() => String, { description: 'The CAMEO code as a string of 2-4 digits, e.g. "012".' })
  cameo: string;

  @Field(() => String, { defaultValue: DEFAULT_CODEBOOK, description: 'The codebook and version the codes come from.' })
  codebook: string;
}
