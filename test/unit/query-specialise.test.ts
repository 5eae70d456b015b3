import fs from 'node:fs';
import path from 'node:path';
import { namedQuery } from '../../src/db/named-queries';
import { specialiseQuery } from '../../src/db/query-specialise';
import { parseReturnColumns } from '../../src/prefetch/compose-cypher';

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '' && !/^\s*\/\//.test(line));

describe('specialising a named query to its parameters', () => {
  const query = [
    'MATCH (n)',
    '// @if speaker',
    'SPEAKER',
    '// @if includeOnBehalfOf',
    'ON_BEHALF',
    '// @end',
    '// @elif article',
    'ARTICLE',
    '// @else',
    'ALL',
    '// @end',
    "// @if sort = 'DATE'",
    'BY_DATE',
    '// @elif !desc && (first || last)',
    'ASC_PAGE',
    '// @end',
    'RETURN n',
  ].join('\n');

  it('keeps the first branch whose condition holds, nested blocks included', () => {
    expect(lines(specialiseQuery(query, { speaker: 'a', includeOnBehalfOf: true }))).toEqual([
      'MATCH (n)',
      'SPEAKER',
      'ON_BEHALF',
      'RETURN n',
    ]);
    expect(lines(specialiseQuery(query, { speaker: 'a', includeOnBehalfOf: false, article: 'x' }))).toEqual([
      'MATCH (n)',
      'SPEAKER',
      'RETURN n',
    ]);
    expect(lines(specialiseQuery(query, { speaker: null, article: 'x' }))).toEqual([
      'MATCH (n)',
      'ARTICLE',
      'RETURN n',
    ]);
    expect(lines(specialiseQuery(query, {}))).toEqual(['MATCH (n)', 'ALL', 'RETURN n']);
  });

  it('reads set (not null, not false), equality to a word, !, && and || with parentheses', () => {
    expect(lines(specialiseQuery(query, { sort: 'DATE' }))).toContain('BY_DATE');
    expect(lines(specialiseQuery(query, { sort: 'NAME', desc: false, first: 10 }))).toContain('ASC_PAGE');
    expect(lines(specialiseQuery(query, { sort: 'NAME', desc: false, first: 0 }))).toContain('ASC_PAGE');
    expect(lines(specialiseQuery(query, { sort: 'NAME', desc: true, first: 10 }))).not.toContain('ASC_PAGE');
    expect(lines(specialiseQuery(query, { sort: 'NAME', desc: false, first: null, last: null }))).not.toContain(
      'ASC_PAGE',
    );
    expect(lines(specialiseQuery(query, { sort: "DATE' OR true" }))).not.toContain('BY_DATE');
  });

  it('gives the same text object for the same combination, and leaves a query without directives alone', () => {
    expect(specialiseQuery(query, { speaker: 'a' })).toBe(specialiseQuery(query, { speaker: 'b' }));
    const plain = 'MATCH (n) RETURN n';
    expect(specialiseQuery(plain, { speaker: 'a' })).toBe(plain);
  });

  it.each([
    ['// @end', 'line 1: @end without an open @if'],
    ['// @if a\nX', 'line 1: @if without @end'],
    ['// @if a\n// @else b\n// @end', 'line 2: @else takes no condition'],
    ['// @if a\n// @else\n// @elif b\n// @end', 'line 3: @elif after @else (the @if is on line 1)'],
    ['// @if a &&\n// @end', 'line 1: expected more in "a &&"'],
    ['// @if a = b\n// @end', 'line 1: expected a quoted word after "a =" in "a = b"'],
    ['// @if a $ b\n// @end', 'line 1: cannot read the condition at "$ b"'],
    ['// @if\n// @end', 'line 1: @if needs a condition'],
  ])('refuses a malformed block, saying where: %j', (text, message) => {
    expect(() => specialiseQuery(text, {}, 'sample')).toThrow(`Named query sample, ${message}`);
  });
});

// Every variant of every named query, for every combination of the
// parameters its conditions read, still has its final RETURN and balanced
// brackets: a misplaced @end would show here before it reaches Neo4j.
const queriesDir = path.join(__dirname, '..', '..', 'cypher', 'queries');
const withDirectives = fs
  .readdirSync(queriesDir)
  .map((file) => file.replace(/\.cypher$/, ''))
  .filter((name) => /\/\/\s*@if\b/.test(namedQuery(name)));

/** Each distinct variant of a named query, with whether it was asked to hand on its nodes (the flag handOn). */
function variants(name: string): Array<{ text: string; handsOn: boolean }> {
  const text = namedQuery(name);
  // Parameter names, not the quoted words they are compared with.
  const names = [
    ...new Set(
      [...text.matchAll(/\/\/\s*@(?:if|elif)\b(.*)/g)].flatMap(
        (m) => m[1].replace(/'[^']*'/g, '').match(/\b[a-zA-Z_]\w*\b/g) ?? [],
      ),
    ),
  ];
  const words = [...new Set([...text.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]))];
  const seen = new Map<string, boolean>();
  for (let mask = 0; mask < 1 << names.length; mask++) {
    for (const word of [null, ...words]) {
      const params = Object.fromEntries(names.map((n, i) => [n, mask & (1 << i) ? (word ?? 'x') : null]));
      seen.set(specialiseQuery(text, params, name), params.handOn != null);
    }
  }
  return [...seen].map(([variant, handsOn]) => ({ text: variant, handsOn }));
}

describe.each(withDirectives)('%s', (name) => {
  it('has directives and more than one variant, each well formed with the same columns', () => {
    const all = variants(name);
    expect(all.length).toBeGreaterThan(1);
    // Every variant returns the same columns; one asked to hand on its nodes adds handedOn (src/prefetch/compose-cypher.ts).
    const columns = parseReturnColumns(namedQuery(name), name).filter((column) => column !== 'handedOn');
    for (const { text, handsOn } of all) {
      expect(text).not.toMatch(/\/\/\s*@(if|elif|else|end)\b/);
      const code = text.replace(/\/\/[^\n]*/g, '');
      for (const [open, close] of ['()', '[]', '{}']) expect(code.split(open).length).toBe(code.split(close).length);
      expect(parseReturnColumns(text, name)).toEqual(handsOn ? [...columns, 'handedOn'] : columns);
    }
  });
});
