import { Field, InputType } from 'type-graphql';
import { DatePrecision } from './date-precision.enum';

@InputType({ description: 'A date as the annotations write it: a value at a precision, with the words it rests on.' })
export class DateInput {
  @Field(() => String, { description: 'YYYY, YYYY-MM or YYYY-MM-DD, matching precision.' })
  value: string;

  @Field(() => DatePrecision, { description: 'How much of the date is known.' })
  precision: DatePrecision;

  @Field(() => String, { description: 'The words of the article the date rests on, or the outside fact (said so).' })
  cue: string;

  @Field(() => Boolean, { description: 'False only when the text states the date outright.' })
  inferred: boolean;
}
