import { Field, ID, ObjectType } from 'type-graphql';
import { FuzzyDate } from './fuzzy-date.type';
import { Node } from './node.interface';
import { PloverCode } from './plover-code.type';
import { Quote } from './quote.type';
import { Span } from './span.type';

@ObjectType({ implements: Node, description: 'Something an actor said, as one article reports it.' })
export class Statement implements Node {
  readonly label = 'Statement' as const;

  @Field(() => ID, { description: 'Global id, e.g. stmt-002-03.' })
  id: string;

  @Field(() => String, { description: 'The quote if there is one, else the paraphrase.' })
  text: string;

  @Field(() => Quote, { nullable: true, description: 'The verbatim words, with their offsets in the article text.' })
  quote: Quote | null;

  @Field(() => String, { description: 'The statement in plain words; always present.' })
  paraphrase: string;

  @Field(() => Boolean, { description: 'True when the article gives no verbatim quote.' })
  isParaphrase: boolean;

  @Field(() => Span, { nullable: true, description: 'Offsets of the sentence(s) that report the statement.' })
  evidence: Span | null;

  @Field(() => FuzzyDate, { description: 'When the statement was made.' })
  date: FuzzyDate;

  @Field(() => PloverCode, { description: 'The event coding of the statement.' })
  plover: PloverCode;
}
