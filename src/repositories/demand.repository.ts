import type { ConnectionShape } from '../model/connection';
import type { Demand } from '../model/demand.type';
import type { DemandsArgs } from '../model/list.args';
import { sortSpec } from '../model/sort.enum';
import type { DataAccess } from './data-access';
import { containsText } from './filters';
import { toDemand } from './node-mapper';
import type { NodePageRow } from './node-page-row';
import { pageParams, toConnection } from './paging';

export async function findDemands(data: DataAccess, args: DemandsArgs): Promise<ConnectionShape<{ cursor: string; node: Demand }, Demand>> {
  const sort = sortSpec(args.sort);
  const [row] = await data.runner.read<NodePageRow>('demands-page', {
    owner: args.owner ?? null,
    addressee: args.addressee ?? null,
    territory: args.territory ?? null,
    kind: args.kind ?? null,
    topic: args.topic ?? null,
    search: containsText(args.search),
    sort: sort.by,
    desc: sort.desc,
    ...pageParams(args),
  });
  return toConnection(row, (entry) => ({ node: toDemand(entry.node) }));
}
