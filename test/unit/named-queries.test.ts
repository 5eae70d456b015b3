import fs from 'node:fs';
import path from 'node:path';
import { builtQueryNames } from '../../src/cypher/built-queries';
import { namedQuery, specialisedQuery, takesCondition } from '../../src/db/named-queries';

// The queries in cypher/queries are one of a kind (search by name,
// analytics, seeding): each file runs as it is written. Everything that
// varies per request is built (src/cypher/built-queries.ts).
const queriesDir = path.join(__dirname, '..', '..', 'cypher', 'queries');
const fileNames = fs.readdirSync(queriesDir).map((file) => file.replace(/\.cypher$/, ''));

describe('named queries', () => {
  it('holds no directive in any file: each runs as it reads', () => {
    const withDirectives = fileNames.filter((name) =>
      /\/\/\s*@(if|elif|else|end|include)\b/.test(fs.readFileSync(path.join(queriesDir, `${name}.cypher`), 'utf8')),
    );
    expect(withDirectives).toEqual([]);
    for (const name of fileNames) expect(specialisedQuery(name, { first: 1, desc: true })).toBe(namedQuery(name));
  });

  it('never has a file and a built query of the same name', () => {
    expect(fileNames.filter((name) => builtQueryNames().includes(name))).toEqual([]);
    expect(builtQueryNames()).toEqual(
      expect.arrayContaining(['actors-page', 'statements-search-page', 'shortest-path']),
    );
  });

  it('refuses a name that is not one, and a built query asked for without its parameters', () => {
    expect(() => namedQuery('../queries/name-search')).toThrow('Bad query name "../queries/name-search"');
    expect(() => namedQuery('actors-page')).toThrow(/built per parameters/);
  });

  it('says which flags choose a text: only a built query has any', () => {
    expect(takesCondition('actors-page', 'handOn')).toBe(true);
    expect(takesCondition('articles-page', 'handOn')).toBe(false);
    expect(takesCondition('statements-page', 'pageOnly')).toBe(true);
    expect(takesCondition('name-search', 'first')).toBe(false);
  });
});
