import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An annotation file in normal form (docs/sync.md).' })
export class AnnotationFile {
  @Field({ description: 'Its name under annotations/, e.g. 000_6d5f0d2b299922d5.yaml.' })
  name: string;

  @Field({ description: 'Its content, YAML in normal form.' })
  content: string;
}

@ObjectType({ description: "An article's text file." })
export class ArticleTextFile {
  @Field({ description: 'Its name under articles/, e.g. 000_6d5f0d2b299922d5.txt.' })
  file: string;

  @Field({ description: 'The text, exactly as the article item holds it.' })
  text: string;
}

@ObjectType({ description: 'The annotation corpus the graph holds: the seed files and every change made since.' })
export class AnnotationCorpus {
  @Field(() => Int, { description: 'Its edition: every change advances it by one.' })
  edition: number;

  @Field(() => [AnnotationFile], { description: 'The annotation files, sorted by name.' })
  files: AnnotationFile[];

  @Field(() => [ArticleTextFile], { description: 'The article texts, sorted by file name.' })
  articles: ArticleTextFile[];
}
