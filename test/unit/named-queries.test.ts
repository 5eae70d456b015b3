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
    expect(including).toEqual(
      expect.arrayContaining(['neighbour-page-in', 'neighbour-page-out', 'neighbour-list-in', 'neighbour-list-out']),
    );
    for (const name of including) expect(namedQuery(name)).not.toMatch(/^\s*\/\/\s*@include\b/m);
  });

  it('puts the fragment in place at the include line, indented as that line', () => {
    const fragment = fs
      .readFileSync(path.join(fragmentsDir, 'neighbour-match-out.cypher'), 'utf8')
      .trimEnd()
      .split('\n');
    const text = withFragments(
      'CALL (parentId) {\n    // @include neighbour-match-out\n  RETURN 1 AS one\n}',
      'sample',
    );
    expect(text.split('\n')).toEqual([
      'CALL (parentId) {',
      ...fragment.map((line) => `    ${line}`),
      '  RETURN 1 AS one',
      '}',
    ]);
  });

  it('includes as often as a query asks (the neighbour page counts apart from its page)', () => {
    const typedMade = (name: string) =>
      namedQuery(name)
        .split('\n')
        .filter((line) => line.includes('[r:MADE]')).length;
    expect(typedMade('neighbour-page-out')).toBe(2);
    expect(typedMade('neighbour-list-out')).toBe(1);
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
