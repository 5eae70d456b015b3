import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../graphql/context';
import { NamedLabel, NameMatch } from '../model/name-match.type';
import { DEFAULT_PAGE_SIZE } from '../model/page-size';
import { searchNames } from '../repositories/name-search.repository';

@Resolver()
export class NameSearchResolver {
  @Query(() => [NameMatch], {
    description:
      'Actors, territories and events by name or alias as people type them: ignoring case and accents, in Latin or Cyrillic letters, ' +
      'with typos and spelling variants (medinskiy, Medinski, Мединский), best match first (an exact name or alias before the rest).',
  })
  nameSearch(
    @Arg('text', () => String, { description: 'What was typed: one or more words of a name or alias.' }) text: string,
    @Arg('labels', () => [NamedLabel], {
      nullable: true,
      description: 'Only these kinds of node; all three when absent.',
    })
    labels: NamedLabel[] | null,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'How many matches, best first.' })
    first: number,
    @Ctx() context: GraphqlContext,
  ) {
    return searchNames(context.data, text, labels, first);
  }
}
