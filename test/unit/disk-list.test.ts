import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DiskList } from '../../src/seed/disk-list';
import { DiskMap } from '../../src/seed/disk-map';

// What the validator and the spooling keep on disk instead of in arrays and
// maps: every item comes back by index (or id) as it went in, whether it was
// flushed to the file yet or not.

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-disk-list-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Enough items (and bytes) to be flushed several times, some of them not ASCII. */
const items = Array.from({ length: 3000 }, (_, index): [string, string | null] => [
  `seed/annotations/${String(index).padStart(6, '0')}_Zürich-Київ.yaml`,
  index % 7 === 0 ? null : `article-${index}\n"quoted"`,
]);

describe('DiskList', () => {
  it('gives every item back by index, from the file and from what waits to be written', () => {
    const file = path.join(dir, 'files.jsonl');
    const list = new DiskList<[string, string | null]>(file);
    items.forEach((item, index) => expect(list.push(item)).toBe(index));
    expect(list.length).toBe(items.length);
    // Some items are in the file, the last ones not yet.
    const onDisk = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line !== '').length;
    expect(onDisk).toBeGreaterThan(0);
    expect(onDisk).toBeLessThan(items.length);
    for (const index of [0, 1, 6, 7, onDisk - 1, onDisk, items.length - 1, 1234])
      expect(list.get(index)).toEqual(items[index]);
    list.close();
    // Readable after close (it opens the file again).
    expect(list.get(42)).toEqual(items[42]);
    list.close();
  });

  it('keeps items in memory without a file, the same way', () => {
    const list = new DiskList<[string, string | null]>();
    for (const item of items) list.push(item);
    expect(list.length).toBe(items.length);
    expect(list.get(2999)).toEqual(items[2999]);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses an index it does not have', () => {
    const list = new DiskList<string>(path.join(dir, 'x.jsonl'));
    list.push('a');
    expect(() => list.get(1)).toThrow('DiskList: no item 1 (length 1)');
    expect(() => list.get(-1)).toThrow(RangeError);
  });
});

describe('DiskMap', () => {
  it('gives values back by id, the latest for an id set twice, undefined for an unknown id', () => {
    const names = new DiskMap<string>(path.join(dir, 'names.jsonl'));
    for (let index = 0; index < 5000; index++) names.set(`actor-${index}`, `Name ${index} — ${'x'.repeat(index % 40)}`);
    names.set('actor-17', 'Renamed');
    expect(names.size).toBe(5000);
    expect(names.get('actor-0')).toBe('Name 0 — ');
    expect(names.get('actor-4999')).toBe(`Name 4999 — ${'x'.repeat(4999 % 40)}`);
    expect(names.get('actor-17')).toBe('Renamed');
    expect(names.get('actor-5000')).toBeUndefined();
    expect(fs.statSync(path.join(dir, 'names.jsonl')).size).toBeGreaterThan(0);
    names.close();
  });
});
