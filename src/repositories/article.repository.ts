import type { Article } from '../model/article.type';
import type { ConnectionShape } from '../model/connection';
import type { ArticlesArgs } from '../model/list.args';
import { sortSpec } from '../model/sort.enum';
import type { DataAccess } from './data-access';
import { readNamed } from './query-runner';
import type { NamedRead } from './query-runner';
import { containsText, dateArgument } from './filters';
import { toArticle } from './node-mapper';
import type { NodePageRow } from './node-page-row';
import { pageParams, toConnection } from './paging';

/** The named read behind findArticles: the query and its parameters, shared with the prefetch planner. */
export function articlesRead(args: ArticlesArgs): NamedRead {
  const sort = sortSpec(args.sort);
  return {
    name: 'articles-page',
    params: {
      search: containsText(args.search),
      dateFrom: dateArgument('dateFrom', args.dateFrom),
      dateTo: dateArgument('dateTo', args.dateTo),
      sort: sort.by,
      desc: sort.desc,
      ...pageParams(args),
    },
  };
}

export async function findArticles(
  data: DataAccess,
  args: ArticlesArgs,
): Promise<ConnectionShape<{ cursor: string; node: Article }, Article>> {
  const [row] = await readNamed<NodePageRow>(data, articlesRead(args));
  return toConnection(row, (entry) => ({ node: toArticle(entry.node) }));
}
