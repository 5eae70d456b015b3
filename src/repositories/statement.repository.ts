import type { ConnectionShape } from '../model/connection';
import type { StatementsArgs, TimelineArgs } from '../model/list.args';
import { sortSpec } from '../model/sort.enum';
import type { Statement } from '../model/statement.type';
import type { DataAccess } from './data-access';
import { readNamed } from './query-runner';
import type { NamedRead } from './query-runner';
import { dateArgument, fullTextQuery } from './filters';
import { toStatement } from './node-mapper';
import type { NodePageRow } from './node-page-row';
import { pageParams, toConnection } from './paging';

type StatementConnection = ConnectionShape<{ cursor: string; node: Statement }, Statement>;

/** The named read behind findStatements, shared with the prefetch planner. */
export function statementsRead(args: StatementsArgs): NamedRead {
  const search = fullTextQuery(args.search);
  // Full-text search starts from the index, so it is its own named query.
  return {
    name: search ? 'statements-search-page' : 'statements-page',
    params: {
      search,
      speaker: args.speaker ?? null,
      includeOnBehalfOf: args.includeOnBehalfOf ?? false,
      article: args.article ?? null,
      target: args.target ?? null,
      mentions: args.mentions ?? null,
      ploverType: args.ploverType ?? null,
      dateFrom: dateArgument('dateFrom', args.dateFrom),
      dateTo: dateArgument('dateTo', args.dateTo),
      desc: sortSpec(args.sort).desc,
      ...pageParams(args),
    },
  };
}

export async function findStatements(data: DataAccess, args: StatementsArgs): Promise<StatementConnection> {
  const [row] = await readNamed<NodePageRow>(data, statementsRead(args));
  return toConnection(row, (entry) => ({ node: toStatement(entry.node) }));
}

/** An actor's dated statements, oldest first by default: the statements list narrowed to one speaker. */
export function findTimeline(data: DataAccess, args: TimelineArgs): Promise<StatementConnection> {
  return findStatements(data, {
    speaker: args.actor,
    includeOnBehalfOf: args.includeOnBehalfOf,
    dateFrom: args.dateFrom,
    dateTo: args.dateTo,
    sort: args.sort,
    first: args.first,
    after: args.after,
    last: args.last,
    before: args.before,
  });
}
