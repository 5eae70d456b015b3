import { int } from 'neo4j-driver';
import { pageInMemory } from '../../src/repositories/page-in-memory';
import type { PageParams } from '../../src/repositories/paging';

const entries = ['2022|a', '2022|b', '2023|a', '2024|c', '2025|d'].map((place) => {
  const [key, tie] = place.split('|');
  return { key, tie, place };
});
const params = (given: Partial<Record<'first' | 'last', number>> & Partial<Pick<PageParams, 'after' | 'before'>>) => ({
  first: given.first === undefined ? null : int(given.first),
  last: given.last === undefined ? null : int(given.last),
  after: given.after ?? null,
  before: given.before ?? null,
});
const places = (row: { page: { place: string }[] }) => row.page.map((entry) => entry.place);

describe('a page of a list held in memory', () => {
  it('orders by key then tie, either way, and cuts first or last between the cursors', () => {
    expect(places(pageInMemory(entries, params({ first: 2 }), false))).toEqual(['2022|a', '2022|b']);
    expect(places(pageInMemory(entries, params({ first: 2 }), true))).toEqual(['2025|d', '2024|c']);
    expect(places(pageInMemory(entries, params({ last: 2 }), false))).toEqual(['2024|c', '2025|d']);
    const after = pageInMemory(entries, params({ first: 2, after: ['2022', 'b'] }), false);
    expect(places(after)).toEqual(['2023|a', '2024|c']);
    expect(after).toMatchObject({ total: 5, startAt: 2, endAt: 4 });
    expect(places(pageInMemory(entries, params({ first: 9, after: ['2024', 'c'] }), true))).toEqual([
      '2023|a',
      '2022|b',
      '2022|a',
    ]);
    expect(places(pageInMemory(entries, params({ last: 1, before: ['2024', 'c'] }), false))).toEqual(['2023|a']);
  });
});
