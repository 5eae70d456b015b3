import type { ConnectionShape } from '../model/connection';
import type { GraphEvent } from '../model/event.type';
import type { EventsArgs } from '../model/list.args';
import { sortSpec } from '../model/sort.enum';
import type { DataAccess } from './data-access';
import { dateArgument, searchWords } from './filters';
import { toEvent } from './node-mapper';
import type { NodePageRow } from './node-page-row';
import { pageParams, toConnection } from './paging';

export async function findEvents(data: DataAccess, args: EventsArgs): Promise<ConnectionShape<{ cursor: string; node: GraphEvent }, GraphEvent>> {
  const sort = sortSpec(args.sort);
  const [row] = await data.runner.read<NodePageRow>('events-page', {
    words: searchWords(args.search),
    kind: args.kind ?? null,
    participant: args.participant ?? null,
    territory: args.territory ?? null,
    dateFrom: dateArgument('dateFrom', args.dateFrom),
    dateTo: dateArgument('dateTo', args.dateTo),
    sort: sort.by,
    desc: sort.desc,
    ...pageParams(args),
  });
  return toConnection(row, (entry) => ({ node: toEvent(entry.node) }));
}
