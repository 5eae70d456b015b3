import type { Article } from '../model/article.type';
import type { ConnectionShape } from '../model/connection';
import type { ArticlesArgs } from '../model/list.args';
import { sortSpec } from '../model/sort.enum';
import type { DataAccess } from './data-access';
import { containsText, dateArgument } from './filters';
import { toArticle } from './node-mapper';
import type { NodePageRow } from './node-page-row';
import { pageParams, toConnection } from './paging';

export async function findArticles(data: DataAccess, args: ArticlesArgs): Promise<ConnectionShape<{ cursor: string; node: Article }, Article>> {
  const sort = sortSpec(args.sort);
  const [row] = await data.runner.read<NodePageRow>('articles-page', {
    search: containsText(args.search),
    dateFrom: dateArgument('dateFrom', args.dateFrom),
    dateTo: dateArgument('dateTo', args.dateTo),
    sort: sort.by,
    desc: sort.desc,
    ...pageParams(args),
  });
  return toConnection(row, (entry) => ({ node: toArticle(entry.node) }));
}
