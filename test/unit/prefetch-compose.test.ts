import fs from 'node:fs';
import path from 'node:path';
import { int } from 'neo4j-driver';
import { namedQuery } from '../../src/db/named-queries';
import { compactText, parseReturnColumns, returnColumns } from '../../src/prefetch/compose-cypher';
import { stableKey } from '../../src/repositories/stable-key';

const queriesDir = path.join(__dirname, '..', '..', 'cypher', 'queries');
const readQueries = fs
  .readdirSync(queriesDir)
  .filter((file) => /-(page|list-(in|out))\.cypher$/.test(file) || file === 'nodes-by-id.cypher')
  .map((file) => file.replace(/\.cypher$/, ''));

describe('composing named queries', () => {
  it.each(readQueries)('%s: its returned columns are read from its final RETURN', (name) => {
    const columns = returnColumns(namedQuery(name), name);
    expect(columns.length).toBeGreaterThan(0);
    // The final RETURN with the lines that continue it (a column an @if block adds, such as handedOn).
    const text = compactText(namedQuery(name));
    const finalReturn = text.slice(text.lastIndexOf('\nRETURN '));
    for (const column of columns) expect(finalReturn).toMatch(new RegExp(`\\b${column}\\b`));
  });

  it.each(readQueries)('%s: compacting keeps every clause and drops only comments and indentation', (name) => {
    const text = compactText(namedQuery(name));
    expect(text).not.toMatch(/\/\//);
    expect(text).not.toMatch(/^\s/m);
    const words = (s: string) =>
      s
        .replace(/\/\/[^\n]*/g, '')
        .split(/\s+/)
        .filter(Boolean);
    // namedQuery: the file with its fragments in place (named-queries.test.ts).
    expect(words(text)).toEqual(
      words(namedQuery(name))
        .map((w) => w.replace(/;$/, ''))
        .filter(Boolean),
    );
  });

  it('names aliased and bare columns, ignoring RETURNs inside subqueries', () => {
    const text =
      'MATCH (n) CALL (n) { RETURN 1 AS inner } // RETURN fake\nRETURN n.id AS id, total, [x IN list | x] AS page';
    expect(parseReturnColumns(text, 'sample')).toEqual(['id', 'total', 'page']);
  });

  it('refuses a column it cannot name', () => {
    expect(() => parseReturnColumns('MATCH (n) RETURN n.id', 'sample')).toThrow(
      /cannot name the returned column "n.id"/,
    );
  });
});

describe('stableKey', () => {
  it('is equal for equal values in any key order, and prints neo4j integers as numbers', () => {
    expect(stableKey({ b: 1, a: [int(5), 'x'] })).toBe(stableKey({ a: [5, 'x'], b: 1 }));
    expect(stableKey({ a: undefined, b: null })).toBe('{"b":null}');
  });

  it('tells apart values that print alike', () => {
    expect(stableKey({ a: '1' })).not.toBe(stableKey({ a: 1 }));
    expect(stableKey(['a,b'])).not.toBe(stableKey(['a', 'b']));
    expect(stableKey({ 'a"': 1 })).not.toBe(stableKey({ a: 1 }));
  });
});
