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
  const conditions = [...text.matchAll(/\/\/\s*@(?:if|elif)\b(.*)/g)].map((m) => m[1]);
  // Parameter names, not the quoted words they are compared with.
  const names = [...new Set(conditions.flatMap((c) => c.replace(/'[^']*'/g, '').match(/\b[a-zA-Z_]\w*\b/g) ?? []))];
  const words = [...new Set([...text.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]))];
  // The words each parameter is compared with (`sort = 'DATE'`).
  const comparedWith = new Map(names.map((n) => [n, new Set<string>()]));
  for (const c of conditions)
    for (const m of c.matchAll(/\b(\w+)\s*=\s*'([A-Z_]+)'/g)) comparedWith.get(m[1])?.add(m[2]);
  const seen = new Map<string, boolean>();
  for (let mask = 0; mask < 1 << names.length; mask++) {
    const set = names.filter((_, i) => mask & (1 << i));
    for (const word of [null, ...words]) {
      // Every set parameter holds the word (or 'x'). A word none of them is
      // compared with leaves every condition as 'x' does, hence the variant
      // 'x' gives: skipped, which makes the enumeration half as long.
      if (word !== null && !set.some((n) => comparedWith.get(n)!.has(word))) continue;
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
    // Thousands of variants: their faults are gathered and compared once (an
    // expect per variant cost more than the checks themselves).
    const faults: { variant: string; fault: string }[] = [];
    for (const { text, handsOn } of all) {
      const fault = (what: string) => faults.push({ variant: text, fault: what });
      if (/\/\/\s*@(if|elif|else|end)\b/.test(text)) fault('a directive is left');
      const code = text.replace(/\/\/[^\n]*/g, '');
      for (const [open, close] of ['()', '[]', '{}'])
        if (code.split(open).length !== code.split(close).length) fault(`unbalanced ${open}`);
      const returned = parseReturnColumns(text, name);
      const expected = handsOn ? [...columns, 'handedOn'] : columns;
      if (returned.join() !== expected.join()) fault(`returns ${returned.join()} instead of ${expected.join()}`);
    }
    expect(faults.slice(0, 3)).toEqual([]);
  });
});
