import type { ConnectionShape } from '../model/connection';
import type { RejectionsArgs } from '../model/list.args';
import type { RejectionPageArgs } from '../model/nested-page.args';
import type { Rejection } from '../model/rejection.type';
import { sortSpec } from '../model/sort.enum';
import type { DataAccess } from './data-access';
import { readNamed } from './query-runner';
import type { NamedRead } from './query-runner';
import { knownAtArgument } from '../changes/known-at';
import { dateArgument } from './filters';
import { rejectionsKnownAt } from './rejections-known-at';
import { parentPage } from './neighbour.repository';
import { toActor, toArticle, toDemand, toStatement } from './node-mapper';
import type { Props } from './node-mapper';
import { pageParams, toConnection } from './paging';
import type { PageEntry, PageRow } from './paging';

/** One REJECTS edge with every node of the walk, as the rejection queries (and the knownAt replay) return it. */
export type RejectionEntry = PageEntry & {
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

/** The named read behind findRejections, shared with the prefetch planner. */
export function rejectionsRead(args: RejectionsArgs): NamedRead {
  return {
    name: 'rejections-page',
    params: {
      rejecter: args.rejecter ?? null,
      owner: args.owner ?? null,
      actor: args.actor ?? null,
      statement: args.statement ?? null,
      demand: args.demand ?? null,
      demandKind: args.demandKind ?? null,
      article: args.article ?? null,
      dateFrom: dateArgument('dateFrom', args.dateFrom),
      dateTo: dateArgument('dateTo', args.dateTo),
      asOf: dateArgument('asOf', args.asOf),
      desc: sortSpec(args.sort).desc,
      ...pageParams(args),
    },
  };
}

export async function findRejections(data: DataAccess, args: RejectionsArgs): Promise<RejectionConnection> {
  const knownAt = knownAtArgument('knownAt', args.knownAt);
  const row =
    knownAt === null
      ? (await readNamed<PageRow<RejectionEntry> & Record<string, unknown>>(data, rejectionsRead(args)))[0]
      : await rejectionsKnownAt(data, args, knownAt);
  return toConnection(row, (entry) => ({ node: toRejection(entry) }));
}

/** MADE: rejections by the actor (or on its behalf); RECEIVED: rejections of demands it owns. Batched per request. */
export async function actorRejections(
  data: DataAccess,
  actorId: string,
  side: 'MADE' | 'RECEIVED',
  args: RejectionPageArgs,
): Promise<RejectionConnection> {
  const page = await parentPage<RejectionEntry>(data, actorRejectionsQuery(side), actorId, sortSpec(args.sort), args);
  return toConnection(page, (entry) => ({ node: toRejection(entry) }));
}

export function actorRejectionsQuery(side: 'MADE' | 'RECEIVED'): string {
  return side === 'MADE' ? 'actor-rejections-made-page' : 'actor-rejections-received-page';
}

/** Where each node of a rejection sits in a rejection query's page entry, by the Rejection field that shows it. */
export const REJECTION_ENTRY_NODES = {
  rejecter: 'rejecter',
  onBehalfOf: 'principal',
  statement: 'statement',
  demand: 'demand',
  owner: 'owner',
  article: 'article',
} as const satisfies Partial<Record<keyof Rejection, keyof RejectionEntry>>;
