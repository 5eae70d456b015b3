import 'reflect-metadata';
import type { Params, Row } from '../../src/db/executor';
import { createLoaders, forgetNode, loadNode, loadRow, primeNode, primeRow } from '../../src/repositories/loaders';
import { neighbourListKey } from '../../src/repositories/neighbour.repository';
import type { QueryRunner } from '../../src/repositories/query-runner';
import { isPromise, whenReady } from '../../src/repositories/ready';

// What the prefetch primed is answered at once (no promise), so graphql-js
// completes those fields without waiting; anything else still goes through
// the batching loaders and the runner. The runner here records reads: these
// tests are about the loaders' bookkeeping, the database is not involved.

function recordingRunner() {
  const reads: { name: string; params: Params }[] = [];
  const runner: QueryRunner = {
    read: async <T extends Row = Row>(name: string, params: Params = {}) => {
      reads.push({ name, params });
      const ids = (params.ids as string[]) ?? [];
      return (name === 'nodes-by-id'
        ? ids.map((id) => ({ id, labels: ['Entity', 'Actor'], node: { id, name: `name of ${id}` } }))
        : ids.map((id) => ({
            parentId: id,
            items: [{ node: { id: `${id}-far` }, labels: ['Entity', 'Actor'], edgeType: 'OWNED_BY', edge: {} }],
          }))) as unknown as T[];
    },
    provide: () => undefined,
    failWith: () => undefined,
  };
  return { runner, reads };
}

describe('primed loaders', () => {
  it('answers a primed row at once, and the first row primed for a key stands', () => {
    const { runner, reads } = recordingRunner();
    const loaders = createLoaders(runner);
    const row = { parentId: 'demand-1', items: [] };
    primeRow(loaders, neighbourListKey('demand-1', 'out', ['OWNED_BY']), row);
    primeRow(loaders, neighbourListKey('demand-1', 'out', ['OWNED_BY']), { parentId: 'demand-1', items: ['later'] });
    primeRow(loaders, neighbourListKey('demand-2', 'out', ['OWNED_BY']), null);

    const first = loadRow(loaders, neighbourListKey('demand-1', 'out', ['OWNED_BY']));
    expect(isPromise(first)).toBe(false);
    expect(first).toBe(row);
    // A parent the prefetch found nothing for is answered as nothing, also at once.
    expect(loadRow(loaders, neighbourListKey('demand-2', 'out', ['OWNED_BY']))).toBeNull();
    expect(reads).toEqual([]);
  });

  it('loads what was not primed through one batched read, as a promise', async () => {
    const { runner, reads } = recordingRunner();
    const loaders = createLoaders(runner);
    primeRow(loaders, neighbourListKey('demand-1', 'out', ['OWNED_BY']), null);
    const pending = [
      loadRow(loaders, neighbourListKey('demand-3', 'out', ['OWNED_BY'])),
      loadRow(loaders, neighbourListKey('demand-4', 'out', ['OWNED_BY'])),
    ];
    expect(pending.every(isPromise)).toBe(true);
    const rows = await Promise.all(pending);
    expect(rows.map((row) => row?.parentId)).toEqual(['demand-3', 'demand-4']);
    expect(reads).toEqual([
      {
        name: 'neighbour-list-out',
        params: {
          types: ['OWNED_BY'],
          relType: 'OWNED_BY',
          label: 'Actor',
          bareEdges: true,
          ids: ['demand-3', 'demand-4'],
        },
      },
    ]);
  });

  it('answers a primed node at once until it is forgotten, then reads it again', async () => {
    const { runner, reads } = recordingRunner();
    const loaders = createLoaders(runner);
    const actor = { label: 'Actor', id: 'actor-1', name: 'primed' } as never;
    primeNode(loaders, 'actor-1', actor);
    primeNode(loaders, 'actor-9', null);
    expect(loadNode(loaders, 'actor-1')).toBe(actor);
    expect(loadNode(loaders, 'actor-9')).toBeNull();
    forgetNode(loaders, 'actor-1');
    const again = loadNode(loaders, 'actor-1');
    expect(isPromise(again)).toBe(true);
    expect(await again).toMatchObject({ id: 'actor-1', name: 'name of actor-1' });
    expect(reads.map((read) => read.name)).toEqual(['nodes-by-id']);
  });

  it('whenReady applies its step at once to a value and later to a promise', async () => {
    const now = whenReady(2, (n) => n * 10);
    expect(now).toBe(20);
    const later = whenReady(Promise.resolve(3), (n) => n * 10);
    expect(isPromise(later)).toBe(true);
    expect(await later).toBe(30);
    expect(() =>
      whenReady(1, () => {
        throw new Error('thrown at once');
      }),
    ).toThrow('thrown at once');
  });
});
