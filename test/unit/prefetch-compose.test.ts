import { int } from 'neo4j-driver';
import { composeQuery } from '../../src/prefetch/compose-cypher';
import type { PlanStep } from '../../src/prefetch/plan';
import type { Projection } from '../../src/prefetch/projection';
import { stableKey } from '../../src/repositories/stable-key';
import { compactText } from '../support/compact-text';

// The composer builds one cypher-builder tree per plan: each step's built
// query under a CALL, its inputs named for it, its columns from the builder.
const actorsStep = (params: Record<string, unknown>, children: PlanStep[] = []): PlanStep => {
  const step: PlanStep = {
    kind: 'root',
    query: 'actors-page',
    params: {
      words: null,
      kind: null,
      country: null,
      desc: false,
      first: int(5),
      last: null,
      after: null,
      before: null,
      ...params,
    },
    parent: null,
    children,
  };
  for (const child of children) child.parent = { ...child.parent!, step };
  return step;
};

/** An actor's statements (MADE, inward), from the nodes the root list hands on. */
const madeStep = (): PlanStep => ({
  kind: 'perParent',
  query: 'neighbour-page-in',
  params: { relType: 'MADE', types: ['MADE'], label: 'Statement', sort: 'DATE', desc: false, first: int(3) },
  parent: { step: null as unknown as PlanStep, entries: 'page', idPath: ['node', 'id'] },
  children: [],
});

/** A statement's article by the id in its edge: read by id, so the ids are gathered from the parent's rows. */
const articleOfStep = (): PlanStep => ({
  kind: 'nodeOf',
  query: 'nodes-by-id',
  params: {},
  parent: { step: null as unknown as PlanStep, entries: 'page', idPath: ['edge', 'article'] },
  children: [],
});

const projection = { Actor: ['name'], Statement: ['date'], Article: ['title'] } as unknown as Projection;

describe('composing a plan into one query', () => {
  it('runs each step in a CALL, its parameters its own, and returns the columns its builder reports', () => {
    const composed = composeQuery([actorsStep({ kind: 'STATE' }, [madeStep()])], projection);
    expect(composed.cypher).toContain('WHERE n.kind = $s0_kind');
    expect(composed.cypher).toContain('LIMIT $s1_first');
    expect(composed.cypher).toContain(
      'RETURN collect({total: total, startAt: startAt, endAt: endAt, page: page}) AS rows0, collect(handedOn) AS handed0',
    );
    // The child starts from the nodes the root hands on: no ids, no index seek.
    expect(composed.cypher).toContain('UNWIND parents0 AS parent');
    expect(composed.cypher).not.toContain('$ids');
    expect(composed.cypher).toMatch(/\nRETURN rows0, rows1$/);
    // Only what the text reads is sent: no unset filter, no flag, of $fields only the labels read.
    expect(Object.keys(composed.params).sort()).toEqual(
      ['fields', 's0_first', 's0_kind', 's1_first', 's1_label', 's1_types'].filter((name) =>
        composed.cypher.includes(`$${name}`),
      ),
    );
    expect(composed.params.s0_kind).toBe('STATE');
    expect(composed.params).not.toHaveProperty('s0_words');
    expect(composed.params.fields).toEqual({ Actor: ['name'], Statement: ['date'] });
  });

  it('gives the same text for the same shape, whatever the values, and another for another shape', () => {
    const a = composeQuery([actorsStep({ kind: 'STATE' }, [madeStep()])], projection);
    const b = composeQuery([actorsStep({ kind: 'PERSON', first: int(9) }, [madeStep()])], projection);
    expect(b.cypher).toBe(a.cypher);
    expect(b.params.s0_kind).toBe('PERSON');
    const c = composeQuery([actorsStep({ kind: null }, [madeStep()])], projection);
    expect(c.cypher).not.toBe(a.cypher);
    expect(c.cypher).not.toContain('kind');
  });

  it('gathers ids from the parent rows where the child reads an id held in an edge', () => {
    const made = madeStep();
    const article = articleOfStep();
    made.children = [article];
    article.parent = { ...article.parent!, step: made };
    const composed = composeQuery([actorsStep({}, [made])], null);
    expect(compactText(composed.cypher)).toContain(
      'UNWIND rows1 AS row\nUNWIND row.page AS entry\nWITH entry.edge.article AS id',
    );
    expect(composed.cypher).toContain('RETURN collect(DISTINCT id) AS ids2');
    expect(composed.cypher).toContain('UNWIND ids2 AS id');
    expect(composed.cypher).toMatch(/\nRETURN rows0, rows1, ids2, rows2$/);
    expect(composed.params).not.toHaveProperty('fields');
  });

  it('finds a projected id by its place in the projected node', () => {
    const byId: PlanStep = {
      kind: 'byId',
      query: 'nodes-by-id',
      params: { ids: ['actor-1'] },
      parent: null,
      children: [],
    };
    const again: PlanStep = {
      kind: 'nodeOf',
      query: 'nodes-by-id',
      params: {},
      parent: { step: byId, entries: 'row', idPath: ['node', 'id'] },
      children: [],
    };
    byId.children = [again];
    const composed = composeQuery([byId], projection);
    expect(compactText(composed.cypher)).toContain('UNWIND rows0 AS entry\nWITH entry.node[0] AS id');
    expect(composed.params.s0_ids).toEqual(['actor-1']);
    // A look-up by the node's own labels may read any label's fields.
    expect(composed.params.fields).toEqual(projection);
  });

  it('refuses a query it cannot build', () => {
    const step: PlanStep = { kind: 'root', query: 'name-search', params: {}, parent: null, children: [] };
    expect(() => composeQuery([step])).toThrow(/composes built queries only; name-search/);
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
