import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'Offsets into the article text (UTF-16 code units): start inclusive, end exclusive.' })
export class SpanInput {
  @Field(() => Int, { description: 'Offset of the first character.' })
  start: number;

  @Field(() => Int, { description: 'Offset just past the last character.' })
  end: number;
}

@InputType({ description: 'Verbatim words of the article: the text between start and end must be exactly this text.' })
export class QuoteInput {
  @Field(() => String, { description: 'The words as printed.' })
  text: string;

  @Field(() => Int, { description: 'Offset of the first character.' })
  start: number;

  @Field(() => Int, { description: 'Offset just past the last character.' })
  end: number;
}
