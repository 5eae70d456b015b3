import type { ConnectionShape } from '../model/connection';
import type { TerritoriesArgs } from '../model/list.args';
import { sortSpec } from '../model/sort.enum';
import type { Territory } from '../model/territory.type';
import type { DataAccess } from './data-access';
import { searchWords } from './filters';
import { toTerritory } from './node-mapper';
import type { NodePageRow } from './node-page-row';
import { pageParams, toConnection } from './paging';

export async function findTerritories(data: DataAccess, args: TerritoriesArgs): Promise<ConnectionShape<{ cursor: string; node: Territory }, Territory>> {
  const [row] = await data.runner.read<NodePageRow>('territories-page', {
    words: searchWords(args.search),
    status: args.status ?? null,
    desc: sortSpec(args.sort).desc,
    ...pageParams(args),
  });
  return toConnection(row, (entry) => ({ node: toTerritory(entry.node) }));
}
