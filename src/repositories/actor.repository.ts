import type { ConnectionShape } from '../model/connection';
import type { Actor } from '../model/actor.type';
import type { ActorsArgs } from '../model/list.args';
import { sortSpec } from '../model/sort.enum';
import type { DataAccess } from './data-access';
import { readNamed } from './query-runner';
import type { NamedRead } from './query-runner';
import { searchWords } from './filters';
import { toActor } from './node-mapper';
import type { NodePageRow } from './node-page-row';
import { pageParams, toConnection } from './paging';

/** The named read behind findActors: the query and its parameters, shared with the prefetch planner. */
export function actorsRead(args: ActorsArgs): NamedRead {
  return {
    name: 'actors-page',
    params: {
      words: searchWords(args.search),
      kind: args.kind ?? null,
      country: args.country ?? null,
      desc: sortSpec(args.sort).desc,
      ...pageParams(args),
    },
  };
}

export async function findActors(
  data: DataAccess,
  args: ActorsArgs,
): Promise<ConnectionShape<{ cursor: string; node: Actor }, Actor>> {
  const [row] = await readNamed<NodePageRow>(data, actorsRead(args));
  return toConnection(row, (entry) => ({ node: toActor(entry.node) }));
}
