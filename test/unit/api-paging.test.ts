import { decodeCursor, encodeCursor } from '../../src/repositories/cursor';
import { dateArgument, fullTextQuery, searchWords } from '../../src/repositories/filters';
import { pageParams, toConnection } from '../../src/repositories/paging';

describe('cursors and paging parameters', () => {
  it('round-trips a cursor and refuses anything else with BAD_USER_INPUT', () => {
    const cursor = encodeCursor('dmitry peskov', 'actor-dmitry-peskov');
    expect(decodeCursor(cursor, 'after')).toEqual(['dmitry peskov', 'actor-dmitry-peskov']);
    for (const bad of [
      '',
      'x',
      Buffer.from('[1,2]').toString('base64url'),
      Buffer.from('["a"]').toString('base64url'),
    ]) {
      expect(() => decodeCursor(bad, 'after')).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      );
    }
  });

  it('defaults to the first 20 and caps at 100', () => {
    expect(pageParams({}).first?.toNumber()).toBe(20);
    expect(pageParams({ last: 5 }).first).toBeNull();
    expect(pageParams({ first: 100 }).first?.toNumber()).toBe(100);
    expect(() => pageParams({ first: 101 })).toThrow(/at most 100/);
    expect(() => pageParams({ first: 1, last: 1 })).toThrow(/not both/);
  });

  it('derives pageInfo from where the page sits in the list', () => {
    const row = {
      total: 5,
      startAt: 1,
      endAt: 3,
      page: [
        { key: 'b', tie: '2' },
        { key: 'c', tie: '3' },
      ],
    };
    const connection = toConnection(row, (entry) => ({ node: entry.tie }));
    expect(connection.nodes).toEqual(['2', '3']);
    expect(connection.edges.map((edge) => [edge.node, edge.cursor])).toEqual([
      ['2', encodeCursor('b', '2')],
      ['3', encodeCursor('c', '3')],
    ]);
    expect(pageInfoOf(connection)).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor('b', '2'),
      endCursor: encodeCursor('c', '3'),
    });
    expect(pageInfoOf(toConnection({ total: 0, startAt: 0, endAt: 0, page: [] }, () => ({ node: 1 })))).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});

/** The page info's four fields (its cursors are getters, read only when asked for). */
function pageInfoOf({
  pageInfo,
}: {
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}) {
  const { hasNextPage, hasPreviousPage, startCursor, endCursor } = pageInfo;
  return { hasNextPage, hasPreviousPage, startCursor, endCursor };
}

describe('search and date arguments', () => {
  it('folds search words like searchText', () => {
    expect(searchWords('  Zélensky   KYIV ')).toEqual(['zelensky', 'kyiv']);
    expect(searchWords('   ')).toBeNull();
  });

  it('builds a Lucene query that requires every word and cannot be a syntax error', () => {
    expect(fullTextQuery('NATO membership')).toBe('+nato +membership');
    expect(fullTextQuery('a AND (b')).toBe('+a +and +\\(b');
    expect(fullTextQuery('neutral*')).toBe('+neutral*');
    expect(fullTextQuery('"')).toBe('+\\"');
    expect(fullTextQuery('')).toBeNull();
  });

  it('accepts calendar dates at three precisions and refuses the rest', () => {
    expect(dateArgument('dateFrom', '2022')).toBe('2022');
    expect(dateArgument('dateFrom', '2022-02')).toBe('2022-02');
    expect(dateArgument('dateFrom', '2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2023-02-29', '2022-13', '22', 'today', '2022-1-1']) {
      expect(() => dateArgument('dateFrom', bad)).toThrow(/dateFrom must be a date/);
    }
  });
});
