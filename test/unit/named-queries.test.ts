import fs from 'node:fs';
import path from 'node:path';
import { namedQuery, withFragments } from '../../src/db/named-queries';

// Named queries may include fragments (cypher/fragments): a block several
// queries share, put in place line for line at the include's indentation.
const queriesDir = path.join(__dirname, '..', '..', 'cypher', 'queries');
const fragmentsDir = path.join(__dirname, '..', '..', 'cypher', 'fragments');
const queryNames = fs.readdirSync(queriesDir).map((file) => file.replace(/\.cypher$/, ''));

describe('fragments in named queries', () => {
  it('every include of every named query is resolved', () => {
    const including = queryNames.filter((name) =>
      /\/\/\s*@include\b/.test(fs.readFileSync(path.join(queriesDir, `${name}.cypher`), 'utf8')),
    );
    expect(including).toEqual(expect.arrayContaining(['statements-search-page']));
    for (const name of including) expect(namedQuery(name)).not.toMatch(/^\s*\/\/\s*@include\b/m);
  });

  it('puts the fragment in place at the include line, indented as that line', () => {
    const fragment = fs
      .readFileSync(path.join(fragmentsDir, 'statements-search-match.cypher'), 'utf8')
      .trimEnd()
      .split('\n');
    const text = withFragments('CALL () {\n    // @include statements-search-match\n  RETURN 1 AS one\n}', 'sample');
    expect(text.split('\n')).toEqual(['CALL () {', ...fragment.map((line) => `    ${line}`), '  RETURN 1 AS one', '}']);
  });

  it('includes as often as a query asks (the search page counts apart from its page)', () => {
    const searches = namedQuery('statements-search-page')
      .split('\n')
      .filter((line) => line.includes("db.index.fulltext.queryNodes('statement_search'")).length;
    expect(searches).toBe(2);
  });

  it.each([
    [
      '// @include no-such-fragment',
      'Named query sample includes no-such-fragment, but cypher/fragments/no-such-fragment.cypher does not exist',
    ],
    [
      '// @include ../queries/nodes-by-id',
      'Named query sample: bad fragment name "../queries/nodes-by-id" after @include',
    ],
  ])('refuses %j, saying why', (text, message) => {
    expect(() => withFragments(text, 'sample')).toThrow(message);
  });
});
