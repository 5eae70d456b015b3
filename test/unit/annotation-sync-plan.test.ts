import type { StoredItem } from '../../src/repositories/annotation-store';
import { itemContent, itemKey } from '../../src/sync/annotation-items';
import type { AnnotationItem } from '../../src/sync/annotation-items';
import { planApply } from '../../src/sync/apply-plan';
import { addItem, retractItem, updateItem } from '../../src/sync/item-edits';

// The three-way comparison of apply (files, server, base) and the item edits
// of the API, without a database: each case of docs/sync.md's table.
const actor = (id: string, name: string): AnnotationItem => ({
  kind: 'actor',
  id,
  home: '_shared',
  pos: 0,
  body: { id, name, kind: 'PERSON', aliases: [], description: null, country: null },
});
const stored = (item: AnnotationItem | null, base: AnnotationItem | null): StoredItem => ({
  key: itemKey((item ?? base)!),
  item,
  base: itemContent(base ?? undefined),
});
const plan = (entries: StoredItem[], disk: AnnotationItem[]) =>
  planApply(new Map(entries.map((entry) => [entry.key, entry])), new Map(disk.map((item) => [itemKey(item), item])));

describe('apply, item by item', () => {
  const a = actor('actor-a', 'A');
  const a2 = actor('actor-a', 'A two');
  const a3 = actor('actor-a', 'A three');

  it('takes what only the files changed: an update, a creation and a retraction', () => {
    const b = actor('actor-b', 'B');
    const c = actor('actor-c', 'C');
    const result = plan([stored(a, a), stored(c, c)], [a2, b]);
    expect(result.items).toEqual([a2, b]);
    expect([...result.synced].sort()).toEqual(['actor:actor-a', 'actor:actor-b', 'actor:actor-c']);
    expect(result.conflicts).toEqual([]);
  });

  it('keeps what only the server changed, and does not mark it synced', () => {
    const result = plan([stored(a2, a)], [a]);
    expect(result.items).toEqual([a2]);
    expect(result.serverAhead).toEqual([{ kind: 'actor', id: 'actor-a' }]);
    expect(result.synced.size).toBe(0);
  });

  it('keeps a retraction made through the API while the files still hold the old version', () => {
    const result = plan([stored(null, a)], [a]);
    expect(result.items).toEqual([]);
    expect(result.serverAhead).toEqual([{ kind: 'actor', id: 'actor-a' }]);
  });

  it('reports a conflict with both versions when both sides changed the item differently', () => {
    const result = plan([stored(a2, a)], [a3]);
    expect(result.conflicts).toEqual([
      {
        kind: 'actor',
        id: 'actor-a',
        files: { file: '_shared', item: a3.body },
        server: { file: '_shared', item: a2.body },
        base: { file: '_shared', item: a.body },
      },
    ]);
  });

  it('sees no conflict when both sides made the same change', () => {
    const result = plan([stored(a2, a)], [a2]);
    expect(result.conflicts).toEqual([]);
    expect([...result.synced]).toEqual(['actor:actor-a']);
  });
});

describe('item edits', () => {
  const article: AnnotationItem = {
    kind: 'article',
    id: 'article-x',
    home: '900_x',
    pos: 0,
    body: { id: 'article-x', file: '900_x.txt' },
    text: 'text',
  };
  const speaker = actor('actor-s', 'S');
  const statement: AnnotationItem = {
    kind: 'statement',
    id: 'stmt-x-01',
    home: '900_x',
    pos: 0,
    body: { id: 'stmt-x-01', speaker: 'actor-s', targets: [], mentions: ['actor-a'], demands: [] },
  };
  const items = [article, speaker, actor('actor-a', 'A'), statement];

  it("puts a new statement into its article's file and a new actor into _shared.yaml", () => {
    const added = addItem(items, 'actor', { id: 'actor-new', name: 'New', kind: 'PERSON' }, null);
    expect(added.at(-1)).toMatchObject({ kind: 'actor', id: 'actor-new', home: '_shared', pos: 1 });
    expect(() => addItem(items, 'statement', { id: 'stmt-x-02' }, null)).toThrow(/give article/);
  });

  it('refuses to change an id', () => {
    expect(() => updateItem(items, 'actor', 'actor-a', { id: 'actor-b', name: 'B', kind: 'PERSON' })).toThrow(
      /an id does not change/,
    );
  });

  it('refuses a retraction others depend on, naming them, and cascades when asked', () => {
    expect(() => retractItem(items, 'actor', 'actor-s', false)).toThrow(/statement stmt-x-01 \(speaker → actor-s\)/);
    const cascaded = retractItem(items, 'actor', 'actor-s', true);
    expect(cascaded.map((item) => item.id)).toEqual(['article-x', 'actor-a']);
    const dropped = retractItem(items, 'actor', 'actor-a', true);
    expect(dropped.find((item) => item.id === 'stmt-x-01')!.body.mentions).toEqual([]);
  });

  it('retracts an article with its whole file', () => {
    expect(retractItem(items, 'article', 'article-x', false).map((item) => item.id)).toEqual(['actor-s', 'actor-a']);
  });
});
