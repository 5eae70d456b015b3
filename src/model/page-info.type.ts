import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where a page sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when items follow the last one of this page.' })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: 'True when items come before the first one of this page.' })
  hasPreviousPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first item of the page; null when the page is empty.',
  })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of the page; null when the page is empty.',
  })
  endCursor: string | null;
}
