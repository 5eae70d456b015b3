import type { ConnectionShape } from '../model/connection';
import type { Demand } from '../model/demand.type';
import type { DemandsArgs } from '../model/list.args';
import { sortSpec } from '../model/sort.enum';
import type { DataAccess } from './data-access';
import { readNamed } from './query-runner';
import type { NamedRead } from './query-runner';
import { containsText } from './filters';
import { toDemand } from './node-mapper';
import type { NodePageRow } from './node-page-row';
import { pageParams, toConnection } from './paging';

/** The named read behind findDemands: the query and its parameters, shared with the prefetch planner. */
export function demandsRead(args: DemandsArgs): NamedRead {
  const sort = sortSpec(args.sort);
  return {
    name: 'demands-page',
    params: {
      owner: args.owner ?? null,
      addressee: args.addressee ?? null,
      territory: args.territory ?? null,
      kind: args.kind ?? null,
      topic: args.topic ?? null,
      search: containsText(args.search),
      sort: sort.by,
      desc: sort.desc,
      ...pageParams(args),
    },
  };
}

export async function findDemands(
  data: DataAccess,
  args: DemandsArgs,
): Promise<ConnectionShape<{ cursor: string; node: Demand }, Demand>> {
  const [row] = await readNamed<NodePageRow>(data, demandsRead(args));
  return toConnection(row, (entry) => ({ node: toDemand(entry.node) }));
}
