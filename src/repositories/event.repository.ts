import type { ConnectionShape } from '../model/connection';
import type { GraphEvent } from '../model/event.type';
import type { EventsArgs } from '../model/list.args';
import { sortSpec } from '../model/sort.enum';
import type { DataAccess } from './data-access';
import { readNamed } from './query-runner';
import type { NamedRead } from './query-runner';
import { dateArgument, searchWords } from './filters';
import { toEvent } from './node-mapper';
import type { NodePageRow } from './node-page-row';
import { pageParams, toConnection } from './paging';

/** The named read behind findEvents: the query and its parameters, shared with the prefetch planner. */
export function eventsRead(args: EventsArgs): NamedRead {
  const sort = sortSpec(args.sort);
  return {
    name: 'events-page',
    params: {
      words: searchWords(args.search),
      kind: args.kind ?? null,
      participant: args.participant ?? null,
      territory: args.territory ?? null,
      dateFrom: dateArgument('dateFrom', args.dateFrom),
      dateTo: dateArgument('dateTo', args.dateTo),
      sort: sort.by,
      desc: sort.desc,
      ...pageParams(args),
    },
  };
}

export async function findEvents(
  data: DataAccess,
  args: EventsArgs,
): Promise<ConnectionShape<{ cursor: string; node: GraphEvent }, GraphEvent>> {
  const [row] = await readNamed<NodePageRow>(data, eventsRead(args));
  return toConnection(row, (entry) => ({ node: toEvent(entry.node) }));
}
