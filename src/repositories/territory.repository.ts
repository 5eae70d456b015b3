import type { ConnectionShape } from '../model/connection';
import type { TerritoriesArgs } from '../model/list.args';
import { sortSpec } from '../model/sort.enum';
import type { Territory } from '../model/territory.type';
import type { DataAccess } from './data-access';
import { readNamed } from './query-runner';
import type { NamedRead } from './query-runner';
import { searchWords } from './filters';
import { toTerritory } from './node-mapper';
import type { NodePageRow } from './node-page-row';
import { pageParams, toConnection } from './paging';

/** The named read behind findTerritories: the query and its parameters, shared with the prefetch planner. */
export function territoriesRead(args: TerritoriesArgs): NamedRead {
  return {
    name: 'territories-page',
    params: {
      words: searchWords(args.search),
      status: args.status ?? null,
      desc: sortSpec(args.sort).desc,
      ...pageParams(args),
    },
  };
}

export async function findTerritories(
  data: DataAccess,
  args: TerritoriesArgs,
): Promise<ConnectionShape<{ cursor: string; node: Territory }, Territory>> {
  const [row] = await readNamed<NodePageRow>(data, territoriesRead(args));
  return toConnection(row, (entry) => ({ node: toTerritory(entry.node) }));
}
