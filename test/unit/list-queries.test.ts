import { builtQuery } from '../../src/cypher/built-queries';
import type { InputOf } from '../../src/cypher/query-input';
import { ownNames, readParam } from '../../src/cypher/query-input';
import { specialisedQuery } from '../../src/db/named-queries';
import { compactText } from '../support/compact-text';

// The list queries built from their declarations (src/cypher/lists/) and
// the shared paging tail (src/cypher/list-query.ts, list-page-window.ts).
const LISTS = [
  'actors-page',
  'articles-page',
  'territories-page',
  'events-page',
  'demands-page',
  'article-actors-page',
  'article-demands-page',
  'statements-page',
  'statements-search-page',
  'rejections-page',
  'actor-rejections-made-page',
  'actor-rejections-received-page',
] as const;

const text = (name: string, params: Record<string, unknown>) => compactText(specialisedQuery(name, params));

describe('the list queries', () => {
  it('write a filter only when its parameter is given', () => {
    expect(text('actors-page', {})).not.toContain('WHERE');
    expect(text('actors-page', { kind: 'STATE' })).toContain('WHERE n.kind = $kind\n');
    expect(text('actors-page', { kind: null, country: 'UA' })).not.toContain('$kind');
    const events = text('events-page', { participant: 'putin', dateTo: '2024' });
    expect(events).toContain('(:Actor { id: $participant })-[:TOOK_PART_IN]->(n)');
    expect(events).toContain('(n.date <= $dateTo OR n.date STARTS WITH $dateTo)');
    expect(events).not.toContain('$dateFrom');
    expect(text('demands-page', { search: 'crimea' })).toContain('toLower(n.summary) CONTAINS $search');
  });

  it('sorts by the key the sort word names, else by the default', () => {
    expect(text('articles-page', { sort: 'TITLE' })).toContain('WITH n, toLower(n.title) AS key, n.id AS tie');
    expect(text('articles-page', { sort: 'PUBLISHED' })).toContain("WITH n, coalesce(n.publishedOn, '') AS key");
    // Only a known word chooses: anything else is the default order, never text.
    expect(text('articles-page', { sort: "TITLE' OR true" })).toBe(text('articles-page', { sort: null }));
    expect(text('demands-page', { sort: 'SUMMARY', desc: true })).toContain('ORDER BY key DESC, tie DESC');
  });

  it('searches for a cursor only when one is given, flipping the comparison for a descending order', () => {
    const first = text('actors-page', { first: 10 });
    expect(first).not.toMatch(/\$after|\$before|\$last|LIMIT/);
    expect(first).toContain('WHEN $first < total THEN $first');
    const after = text('actors-page', { first: 10, after: ['k', 't'] });
    expect(after).toContain('size([x IN ordered WHERE [x.key, x.tie] <= $after]) AS lo, size(ordered) AS hi');
    expect(after).not.toContain('$before');
    expect(text('actors-page', { first: 10, after: ['k', 't'], desc: true })).toContain('[x.key, x.tie] >= $after');
    const before = text('actors-page', { last: 3, before: ['k', 't'] });
    expect(before).toContain('0 AS lo, size([x IN ordered WHERE [x.key, x.tie] < $before]) AS hi');
    expect(before).toContain('WHEN (endAt - $last) > lo THEN (endAt - $last)');
  });

  it('cuts the sorted list with LIMIT when only a first page is wanted, and counts nothing', () => {
    const pageOnly = text('statements-page', { first: 5, pageOnly: true });
    expect(pageOnly).toContain('ORDER BY key ASC, tie ASC\nLIMIT $first\n');
    expect(pageOnly).toContain('NULL AS total');
    // After a cursor the whole list is needed to find it.
    expect(text('statements-page', { first: 5, pageOnly: true, after: ['k', 't'] })).not.toContain('LIMIT');
  });

  it('starts the statements from the most selective parameter, and tests only what that start left', () => {
    const bySpeaker = text('statements-page', { speaker: 'a', article: 'x', includeOnBehalfOf: true });
    expect(bySpeaker).toMatch(/^CALL \(\) \{\nMATCH \(:Actor \{ id: \$speaker \}\)-\[:MADE\]->\(n:Statement\)/);
    expect(bySpeaker).toContain('UNION ALL');
    expect(bySpeaker).toContain('(n)-[:REPORTED_IN]->(:Article { id: $article })');
    const byArticle = text('statements-page', { article: 'x', ploverType: 'THREATEN' });
    expect(byArticle).toContain('MATCH (n:Statement)-[:REPORTED_IN]->(:Article { id: $article })');
    expect(byArticle).toContain('WHERE n.ploverType = $ploverType');
    const byDates = text('statements-page', { dateFrom: '2022', dateTo: '2023' });
    expect(byDates).toContain("n.date >= coalesce(left($dateFrom, 4), '')");
    // The end date is in the range the start seeks: not tested again; the start date is.
    expect(byDates).not.toContain('n.date STARTS WITH $dateTo');
    expect(byDates).toContain('$dateFrom STARTS WITH n.date');
  });

  it('counts a first page of a search apart from its sorted top, and sorts everything after a cursor', () => {
    const first = text('statements-search-page', { search: 'nato', first: 5 });
    expect(first.match(/db\.index\.fulltext\.queryNodes\('statement_search', \$search\)/g)).toHaveLength(1);
    expect(first).toContain('RETURN size(hits) AS total, ordered');
    expect(first.match(/LIMIT \$first/g)).toHaveLength(2);
    const after = text('statements-search-page', { search: 'nato', first: 5, after: ['k', 't'] });
    expect(after).not.toContain('hits');
    expect(after).toContain('$after');
  });

  it('starts the rejections from the most selective id given', () => {
    expect(text('rejections-page', { owner: 'a' })).toContain(
      'MATCH (:Actor { id: $owner })<-[:OWNED_BY]-(d:Demand)<-[r:REJECTS]-(s:Statement)',
    );
    expect(text('rejections-page', { demandKind: 'TERRITORIAL' })).toContain(
      'MATCH (s:Statement)-[:REJECTS]->(d:Demand { kind: $demandKind })',
    );
    expect(text('rejections-page', {})).toContain('MATCH ()-[r:REJECTS]->()');
  });

  it('takes its parameter names from the caller: a composed step names them its own', () => {
    const renamed: InputOf = (name) => (name === 'fields' ? readParam('fields') : readParam(`s7_${name}`));
    const built = builtQuery('actors-page')!.build({ kind: 'STATE', first: 3, fields: {}, handOn: true }, renamed);
    const { cypher, params } = built.clause.build();
    expect(cypher).toContain('n.kind = $s7_kind');
    expect(cypher).toContain('$fields.Actor');
    expect(cypher).not.toMatch(/\$(kind|first)\b/);
    expect(Object.keys(params).sort()).toEqual(['fields', 's7_first', 's7_kind']);
  });

  it('builds a variant once and hands back the same text', () => {
    const params = { kind: 'STATE', first: 3 };
    expect(specialisedQuery('actors-page', params)).toBe(
      specialisedQuery('actors-page', { ...params, kind: 'PERSON' }),
    );
  });

  // Combinations of each list's conditions (none, each alone, all but one,
  // all): balanced brackets, the columns its builder reports named by its
  // final RETURN, and no parameter but those its conditions name (and the
  // few it always reads).
  const ALWAYS = new Set(['ids', 'search', 'fields']);
  it.each(LISTS)('%s: every variant is well formed, with the columns its builder reports', (name) => {
    const query = builtQuery(name)!;
    const flags = query.conditions.filter((flag) => flag !== 'sort');
    const sets = [new Set<string>(), new Set(flags)];
    for (const flag of flags) sets.push(new Set([flag]), new Set(flags.filter((other) => other !== flag)));
    const texts = new Set<string>();
    for (const set of sets) {
      for (const sort of [null, 'TITLE', 'NAME', 'SUMMARY']) {
        const params: Record<string, unknown> = { sort, search: 'x' };
        for (const flag of flags) params[flag] = set.has(flag) ? (flag === 'fields' ? {} : 'x') : null;
        const cypher = specialisedQuery(name, params);
        texts.add(cypher);
        const { columns } = query.build(params, ownNames);
        const finalReturn = cypher.slice(cypher.lastIndexOf('\nRETURN '));
        for (const column of columns) expect(finalReturn).toMatch(new RegExp(`\\b${column}\\b`));
        expect(columns).toContain('page');
        expect(columns.includes('handedOn')).toBe(params.handOn === 'x');
        for (const [open, close] of ['()', '[]', '{}'])
          expect(cypher.split(open).length).toBe(cypher.split(close).length);
        for (const [, param] of cypher.matchAll(/\$(\w+)/g))
          expect(ALWAYS.has(param) || query.conditions.includes(param)).toBe(true);
      }
    }
    expect(texts.size).toBeGreaterThan(3);
  });
});

describe('the shortest path', () => {
  it('writes the bound into the pattern, and the type filter only when types are given', () => {
    const three = text('shortest-path', { hops: '3', types: ['CLAIMS'] });
    expect(three).toContain('MATCH p = shortestPath((a)-[*..3]-(b))');
    expect(three).toContain('WHERE all(r IN relationships(p) WHERE type(r) IN $types)');
    expect(text('shortest-path', { hops: '1', types: null })).not.toContain('$types');
    // Only a bound of 1-6 is written; anything else is the largest (the API refuses it before).
    expect(text('shortest-path', { hops: '6) DETACH DELETE (a' })).toContain('[*..6]');
  });
});
