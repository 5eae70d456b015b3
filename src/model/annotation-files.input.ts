import { Field, InputType } from 'type-graphql';

@InputType({ description: 'An annotation file as it is on disk.' })
export class AnnotationFileInput {
  @Field({ description: 'Its name under annotations/, e.g. 000_6d5f0d2b299922d5.yaml.' })
  name: string;

  @Field({ description: 'Its content, YAML.' })
  content: string;
}

@InputType({ description: "An article's text file as it is on disk." })
export class ArticleTextInput {
  @Field({ description: 'Its name under articles/, e.g. 000_6d5f0d2b299922d5.txt.' })
  file: string;

  @Field({ description: 'The text, exactly as in the file.' })
  text: string;
}
