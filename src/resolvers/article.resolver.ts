import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../graphql/context';
import { Article } from '../model/article.type';
import { ActorConnection, ArticleConnection, DemandConnection } from '../model/connections';
import { ArticlesArgs } from '../model/list.args';
import { ActorPageArgs, DemandPageArgs } from '../model/nested-page.args';
import { sortSpec } from '../model/sort.enum';
import { findArticles } from '../repositories/article.repository';
import { parentPage } from '../repositories/neighbour.repository';
import { toActor, toDemand } from '../repositories/node-mapper';
import type { Props } from '../repositories/node-mapper';
import { requireNode } from '../repositories/node.repository';
import { toConnection } from '../repositories/paging';
import type { PageEntry } from '../repositories/paging';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { description: 'One article by id. An unknown id is a NOT_FOUND error.' })
  article(
    @Arg('id', () => ID, { description: 'The article id, e.g. article-000.' }) id: string,
    @Ctx() context: GraphqlContext,
  ) {
    return requireNode(context.data, id, 'Article');
  }

  @Query(() => ArticleConnection, {
    description: 'Articles, filterable by title text and publication date, oldest first by default.',
  })
  articles(@Args() args: ArticlesArgs, @Ctx() context: GraphqlContext) {
    return findArticles(context.data, args);
  }

  @FieldResolver(() => ActorConnection, {
    description:
      'The actors the article involves: speakers of its statements and the actors they speak for, aim at or mention.',
  })
  async actors(@Root() article: Article, @Args() args: ActorPageArgs, @Ctx() context: GraphqlContext) {
    const page = await parentPage<PageEntry & { node: Props }>(
      context.data,
      'article-actors-page',
      article.id,
      sortSpec(args.sort),
      args,
    );
    return toConnection(page, (entry) => ({ node: toActor(entry.node) }));
  }

  @FieldResolver(() => DemandConnection, {
    description: 'The demands whose annotations this article holds (their provenance).',
  })
  async demands(@Root() article: Article, @Args() args: DemandPageArgs, @Ctx() context: GraphqlContext) {
    const page = await parentPage<PageEntry & { node: Props }>(
      context.data,
      'article-demands-page',
      article.id,
      sortSpec(args.sort),
      args,
    );
    return toConnection(page, (entry) => ({ node: toDemand(entry.node) }));
  }
}
