import { Field, ID, ObjectType } from 'type-graphql';
import { FuzzyDate } from './fuzzy-date.type';
import { Node } from './node.interface';

@ObjectType({
  implements: Node,
  description: 'A news article: the source every statement, demand and relation rests on.',
})
export class Article implements Node {
  readonly label = 'Article' as const;

  @Field(() => ID, { description: 'Global id, e.g. article-000.' })
  id: string;

  @Field(() => String, { description: 'The file under seed/articles/ that holds the text.' })
  file: string;

  @Field(() => String, { description: "The article's headline, or a title written by the annotator." })
  title: string;

  @Field(() => Boolean, { description: "True when the title is the article's own first line." })
  titleIsHeadline: boolean;

  @Field(() => String, { nullable: true, description: 'Name of the outlet, where the text names it.' })
  outletName: string | null;

  @Field(() => FuzzyDate, { description: 'When the article was published.' })
  published: FuzzyDate;

  @Field(() => String, { description: 'The full text exactly as published; quote and evidence offsets point into it.' })
  text: string;

  @Field(() => String, { description: 'Hex SHA-256 of the UTF-8 text.' })
  sha256: string;
}
