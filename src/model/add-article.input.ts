import { Field, ID, InputType } from 'type-graphql';
import { DateInput } from './date.input';

@InputType({ description: 'A new article: its header as an annotation file writes it, and its full text.' })
export class AddArticleInput {
  @Field(() => ID, { description: 'A new global id, kebab-case (e.g. article-005).' })
  id: string;

  @Field(() => String, {
    description: 'File name of the text, <stem>.txt (e.g. 005_1a2b3c4d5e6f7a8b.txt); must not exist yet.',
  })
  file: string;

  @Field(() => String, { description: 'The headline, or a title written by the annotator.' })
  title: string;

  @Field(() => Boolean, { description: "True only when the title is the text's own first line." })
  titleIsHeadline: boolean;

  @Field(() => ID, { nullable: true, description: 'Actor id of the outlet, only where the text names it.' })
  outlet?: string | null;

  @Field(() => DateInput, { description: 'When the article was published.' })
  published: DateInput;

  @Field(() => String, {
    description: 'The full text exactly as published; quote and evidence offsets will point into it.',
  })
  text: string;
}
