import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareStrings, externalSort } from '../../src/seed/external-sort';

// Sorting on disk must give what an in-memory stable sort gives, whatever
// the number of runs, and leave nothing behind.

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-external-sort-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Deterministic pseudo-random numbers (a linear congruential generator). */
function numbers(count: number, seed: number, modulo: number): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % modulo;
  });
}

describe('externalSort', () => {
  it.each([1, 3, 10, 1000])('sorts strings in code-unit order, as [].sort() does (runs of %i)', async (runLength) => {
    const names = numbers(257, 7, 100_000).map((n) => `file-${n.toString(36)}.yaml`);
    names.push('_shared.yaml', 'Zeta.yaml', 'alpha.yaml', 'émile.yaml', 'line\nbreak.yaml', '');
    const sorted = await collect(externalSort(names, compareStrings, { dir, runLength }));
    expect(sorted).toEqual([...names].sort());
  });

  it('is stable: equal items keep their input order across runs', async () => {
    const items = numbers(500, 11, 7).map((key, seq) => ({ key, seq }));
    const sorted = await collect(externalSort(items, (a, b) => a.key - b.key, { dir, runLength: 16 }));
    expect(sorted).toEqual([...items].sort((a, b) => a.key - b.key));
    expect(sorted.map((item) => item.seq)).not.toEqual(items.map((item) => item.seq));
  });

  it('takes an async source, writes runs under dir only when they are needed, and removes them', async () => {
    async function* source(): AsyncGenerator<number> {
      for (const n of numbers(100, 3, 1000)) yield n;
    }
    let runsWhileMerging: string[] = [];
    const sorted: number[] = [];
    for await (const n of externalSort(source(), (a, b) => a - b, { dir, runLength: 30 })) {
      if (sorted.length === 0) {
        const made = fs.readdirSync(dir);
        expect(made).toHaveLength(1);
        runsWhileMerging = fs.readdirSync(path.join(dir, made[0]));
      }
      sorted.push(n);
    }
    expect(sorted).toEqual(numbers(100, 3, 1000).sort((a, b) => a - b));
    // 100 items in runs of 30: four runs, merged.
    expect(runsWhileMerging).toHaveLength(4);
    expect(fs.readdirSync(dir)).toEqual([]);

    // One run: no file at all.
    const small: string[][] = [];
    for await (const n of externalSort([3, 1, 2], (a, b) => a - b, { dir, runLength: 30 }))
      small.push([String(n), ...fs.readdirSync(dir)]);
    expect(small).toEqual([['1'], ['2'], ['3']]);
  });

  it('removes its runs when the reader stops early or the source fails', async () => {
    for await (const n of externalSort(numbers(50, 5, 100), (a, b) => a - b, { dir, runLength: 8 })) {
      expect(fs.readdirSync(dir)).toHaveLength(1);
      if (n >= 0) break;
    }
    expect(fs.readdirSync(dir)).toEqual([]);

    async function* failing(): AsyncGenerator<number> {
      for (let n = 0; n < 20; n++) yield n;
      throw new Error('source broke');
    }
    await expect(collect(externalSort(failing(), (a, b) => a - b, { dir, runLength: 8 }))).rejects.toThrow(
      'source broke',
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses a run length below one', async () => {
    await expect(collect(externalSort([1], (a, b) => a - b, { dir, runLength: 0 }))).rejects.toThrow(
      'runLength must be at least 1',
    );
  });
});
