import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'Verbatim words of an article: the article text sliced from start to end is exactly this text.',
})
export class Quote {
  @Field(() => String, { description: 'The words as printed.' })
  text: string;

  @Field(() => Int, {
    description: 'Offset of the first character in the article text (UTF-16 code units, inclusive).',
  })
  start: number;

  @Field(() => Int, { description: 'Offset just past the last character (UTF-16 code units, exclusive).' })
  end: number;
}
