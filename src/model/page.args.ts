import { ArgsType, Field, Int } from 'type-graphql';
import { DEFAULT_MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from './page-size';

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Return the first n items (after the after cursor, if given). Default ${DEFAULT_PAGE_SIZE} when neither first nor last is given; at most the server's MAX_PAGE_SIZE (${DEFAULT_MAX_PAGE_SIZE} unless configured).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Start after the item with this cursor.' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Return the last n items (before the before cursor, if given); at most the server's MAX_PAGE_SIZE (${DEFAULT_MAX_PAGE_SIZE} unless configured). Not together with first.`,
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'End before the item with this cursor.' })
  before?: string | null;
}
