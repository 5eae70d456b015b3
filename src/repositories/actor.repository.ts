import type { ConnectionShape } from '../model/connection';
import type { Actor } from '../model/actor.type';
import type { ActorsArgs } from '../model/list.args';
import { sortSpec } from '../model/sort.enum';
import type { DataAccess } from './data-access';
import { searchWords } from './filters';
import { toActor } from './node-mapper';
import type { NodePageRow } from './node-page-row';
import { pageParams, toConnection } from './paging';


export async function findActors(data: DataAccess, args: ActorsArgs): Promise<ConnectionShape<{ cursor: string; node: Actor }, Actor>> {
  const [row] = await data.runner.read<NodePageRow>('actors-page', {
    words: searchWords(args.search),
    kind: args.kind ?? null,
    country: args.country ?? null,
    desc: sortSpec(args.sort).desc,
    ...pageParams(args),
  });
  return toConnection(row, (entry) => ({ node: toActor(entry.node) }));
}
