import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One drafted item: where it is in the annotation file, and what it rests on.' })
export class DraftSuggestion {
  @Field(() => String, { description: 'The item path in the annotation file, e.g. statements[2].speaker.' })
  path: string;

  @Field(() => Float, { description: 'How sure the drafter is, 0 to 1: a reviewer starts from the least sure.' })
  confidence: number;

  @Field(() => [String], { description: 'The words of the text (or the rule) the suggestion rests on.' })
  cues: string[];
}

@ObjectType({ description: 'An annotation file drafted from an article text, every item a suggestion to review.' })
export class AnnotationDraft {
  @Field(() => String, {
    description:
      'The draft as an annotation file (YAML, each suggestion as a comment above its item): it passes the validator as it stands.',
  })
  yaml: string;

  @Field(() => String, { description: 'The same annotation as JSON text, for a front end to edit.' })
  json: string;

  @Field(() => [DraftSuggestion], { description: 'Every suggestion, by item path.' })
  suggestions: DraftSuggestion[];

  @Field(() => String, { description: 'The cue lexicon the draft was made with, name and version.' })
  lexicon: string;
}
