import { Field, ID, InputType } from 'type-graphql';
import { DateInput } from './date.input';
import { PloverInput } from './plover.input';
import { QuoteInput, SpanInput } from './span.input';
import { StanceInput } from './stance.input';

@InputType({ description: 'A new statement reported by an existing article, as an annotation file writes it.' })
export class AddStatementInput {
  @Field(() => ID, { description: 'A new global id, kebab-case (e.g. stmt-005-01).' })
  id: string;

  @Field(() => ID, { description: 'The article that reports the statement.' })
  article: string;

  @Field(() => ID, { description: 'The actor who made it.' })
  speaker: string;

  @Field(() => ID, { nullable: true, description: 'The actor the speaker spoke for, where the article says so.' })
  onBehalfOf?: string | null;

  @Field(() => DateInput, { description: 'When it was made.' })
  date: DateInput;

  @Field(() => QuoteInput, { nullable: true, description: 'The verbatim words, if the article quotes them.' })
  quote?: QuoteInput | null;

  @Field(() => String, { description: 'The statement in plain words.' })
  paraphrase: string;

  @Field(() => SpanInput, {
    nullable: true,
    description: 'Offsets of the sentence(s) that report it; required without a quote.',
  })
  evidence?: SpanInput | null;

  @Field(() => ID, { nullable: true, description: 'The outlet or agency the article credits.' })
  reportedBy?: string | null;

  @Field(() => PloverInput, { description: 'The event coding.' })
  plover: PloverInput;

  @Field(() => [ID], { nullable: true, description: 'Actors the statement is aimed at.' })
  targets?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Actors, territories or events it mentions.' })
  mentions?: string[] | null;

  @Field(() => [StanceInput], { nullable: true, description: 'Its stances on existing demands.' })
  demands?: StanceInput[] | null;
}
