import { bookmarksSent } from '../../src/http/bookmarks/bookmarks-sent';
import { InvalidBookmarkError } from '../../src/errors/api-errors';

const request = (header?: string | string[], extensions?: unknown) => ({
  headers: header === undefined ? {} : { 'neo4j-bookmark': header },
  body: extensions === undefined ? {} : { extensions },
});

describe('bookmarksSent', () => {
  it('is empty when the client sent none', () => {
    expect(bookmarksSent(request())).toEqual([]);
    expect(bookmarksSent({ headers: {}, body: undefined })).toEqual([]);
    expect(bookmarksSent(request(' , '))).toEqual([]);
  });

  it('reads the header (comma-separated) and extensions.bookmark (a string or a list), together and without repeats', () => {
    expect(bookmarksSent(request('FB:kcwQ6fS0/w==, FB:kcwQ7+x='))).toEqual(['FB:kcwQ6fS0/w==', 'FB:kcwQ7+x=']);
    expect(bookmarksSent(request(undefined, { bookmark: 'FB:a,FB:b' }))).toEqual(['FB:a', 'FB:b']);
    expect(bookmarksSent(request('FB:a', { bookmark: ['FB:a', 'neo4j:bookmark:v1:tx42'] }))).toEqual([
      'FB:a',
      'neo4j:bookmark:v1:tx42',
    ]);
  });

  it.each([
    ['spaces', request('not a bookmark')],
    ['quotes', request('FB:"x"')],
    ['an over-long value', request(`FB:${'A'.repeat(300)}`)],
    ['seventeen bookmarks', request(Array.from({ length: 17 }, (_, i) => `FB:a${i}`).join(','))],
    ['a number in extensions', request(undefined, { bookmark: 42 })],
    ['a list with a number', request(undefined, { bookmark: ['FB:a', 1] })],
  ])('refuses %s with BAD_USER_INPUT naming the header', (_name, sent) => {
    let error: unknown;
    try {
      bookmarksSent(sent);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidBookmarkError);
    const refusal = error as InvalidBookmarkError;
    expect(refusal.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      header: 'Neo4j-Bookmark',
      http: { status: 400 },
    });
    expect(refusal.message).toMatch(/^The Neo4j-Bookmark header/);
  });
});
