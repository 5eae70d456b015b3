import { Field, ObjectType } from 'type-graphql';
import { DatePrecision } from './date-precision.enum';

@ObjectType({ description: 'A date known to the year, the month or the day, with the words it rests on.' })
export class FuzzyDate {
  @Field(() => String, { description: 'YYYY, YYYY-MM or YYYY-MM-DD, matching the precision.' })
  value: string;

  @Field(() => DatePrecision, { description: 'How much of the date is known.' })
  precision: DatePrecision;

  @Field(() => String, {
    nullable: true,
    description: 'The words of the article the date rests on, or the outside fact it comes from.',
  })
  cue: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when the date was worked out rather than stated outright; null where not recorded.',
  })
  inferred: boolean | null;
}
