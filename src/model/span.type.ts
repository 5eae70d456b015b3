import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A stretch of an article text, given by offsets.' })
export class Span {
  @Field(() => Int, { description: 'Offset of the first character (UTF-16 code units, inclusive).' })
  start: number;

  @Field(() => Int, { description: 'Offset just past the last character (UTF-16 code units, exclusive).' })
  end: number;
}
