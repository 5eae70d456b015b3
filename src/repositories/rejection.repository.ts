import type { ConnectionShape } from '../model/connection';
import type { RejectionsArgs } from '../model/list.args';
import type { RejectionPageArgs } from '../model/nested-page.args';
import type { Rejection } from '../model/rejection.type';
import { sortSpec } from '../model/sort.enum';
import type { DataAccess } from './data-access';
import { dateArgument } from './filters';
import { parentPage } from './neighbour.repository';
import { toActor, toArticle, toDemand, toStatement } from './node-mapper';
import type { Props } from './node-mapper';
import { pageParams, toConnection } from './paging';
import type { PageEntry, PageRow } from './paging';

/** One REJECTS edge with every node of the walk, as the rejection queries return it. */
type RejectionEntry = PageEntry & {
  rejecter: Props;
  principal: Props | null;
  statement: Props;
  demand: Props;
  owner: Props;
  article: Props;
};
type RejectionConnection = ConnectionShape<{ cursor: string; node: Rejection }, Rejection>;

function toRejection(entry: RejectionEntry): Rejection {
  const statement = toStatement(entry.statement);
  return {
    rejecter: toActor(entry.rejecter),
    onBehalfOf: entry.principal ? toActor(entry.principal) : null,
    statement,
    demand: toDemand(entry.demand),
    owner: toActor(entry.owner),
    article: toArticle(entry.article),
    date: statement.date,
  };
}

export async function findRejections(data: DataAccess, args: RejectionsArgs): Promise<RejectionConnection> {
  const [row] = await data.runner.read<PageRow<RejectionEntry> & Record<string, unknown>>('rejections-page', {
    rejecter: args.rejecter ?? null,
    owner: args.owner ?? null,
    actor: args.actor ?? null,
    statement: args.statement ?? null,
    demand: args.demand ?? null,
    demandKind: args.demandKind ?? null,
    article: args.article ?? null,
    dateFrom: dateArgument('dateFrom', args.dateFrom),
    dateTo: dateArgument('dateTo', args.dateTo),
    desc: sortSpec(args.sort).desc,
    ...pageParams(args),
  });
  return toConnection(row, (entry) => ({ node: toRejection(entry) }));
}

/** MADE: rejections by the actor (or on its behalf); RECEIVED: rejections of demands it owns. Batched per request. */
export async function actorRejections(
  data: DataAccess,
  actorId: string,
  side: 'MADE' | 'RECEIVED',
  args: RejectionPageArgs,
): Promise<RejectionConnection> {
  const query = side === 'MADE' ? 'actor-rejections-made-page' : 'actor-rejections-received-page';
  const page = await parentPage<RejectionEntry>(data, query, actorId, sortSpec(args.sort), args);
  return toConnection(page, (entry) => ({ node: toRejection(entry) }));
}
