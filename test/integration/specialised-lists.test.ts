import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { farLabelOf } from '../../src/model/edge-ends';
import type { PageArgs } from '../../src/model/page.args';
import type { SortSpec } from '../../src/model/sort.enum';
import { encodeCursor } from '../../src/repositories/cursor';
import { neighbourPageKey } from '../../src/repositories/neighbour.repository';
import { EDGE_TYPES } from '../../src/seed/graph-rows';
import type { NodeLabel } from '../../src/seed/graph-rows';
import { queryData } from '../support/api-graphql';
import { removeByToken } from '../support/api-fixture-graph';
import type { Data } from '../support/api-graphql';
import { connectTestDatabase, TestDatabase } from '../support/test-database';

// The list queries are built for the parameters each request gives
// (src/cypher/lists/): each combination of filters runs its own variant of
// the text. This checks every combination of up to two of the
// filters below, in both sort directions, and the paging arguments against the same list
// filtered, sorted and cut here in the test, from the whole list read once
// without filters: a variant that drops or keeps the wrong clause answers
// differently. The data is the seeded graph of the five articles.

/** Dates compare at the coarser precision of the two (the API's contract). */
const onOrAfter = (date: string, from: string) => date.slice(0, from.length) >= from.slice(0, date.length);
const onOrBefore = (date: string, to: string) => date.slice(0, to.length) <= to.slice(0, date.length);

/** Every subset of `names` of at most `most` members. */
function subsets<T>(names: T[], most: number): T[][] {
  const all: T[][] = [[]];
  for (const name of names) for (const subset of [...all]) if (subset.length < most) all.push([...subset, name]);
  return all;
}

const byKeyThenTie = (desc: boolean) => (a: { key: string; tie: string }, b: { key: string; tie: string }) => {
  const order = a.key === b.key ? (a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0) : a.key < b.key ? -1 : 1;
  return desc ? -order : order;
};

describe('specialised list queries answer like the unfiltered list filtered by hand', () => {
  let db: TestDatabase;
  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(() => db.close());
  const q = (source: string, variables: Record<string, unknown>) => queryData(db.executor, source, variables);

  /** The whole list, page by page, without filters. */
  async function everything(field: 'statements' | 'rejections', selection: string): Promise<Data[]> {
    const nodes: Data[] = [];
    let after: string | null = null;
    do {
      const data: Data = await q(
        `query($after: String) { ${field}(first: 100, after: $after) { nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      nodes.push(...data[field].nodes);
      after = data[field].pageInfo.hasNextPage ? data[field].pageInfo.endCursor : null;
    } while (after);
    return nodes;
  }

  it('statements: every combination of up to two filters, in either order, first and last', async () => {
    const all = await everything(
      'statements',
      'id date { value } plover { type } speaker { id } onBehalfOf { id } article { id } targets { id } mentions { id }',
    );
    expect(all.length).toBeGreaterThan(20);
    const spokenFor = all.find((s) => s.onBehalfOf)!;
    const targeted = all.find((s) => s.targets.length)!;
    const mentioning = all.find((s) => s.mentions.length)!;
    const values: Record<string, unknown> = {
      speaker: spokenFor.onBehalfOf.id,
      includeOnBehalfOf: true,
      article: all[Math.floor(all.length / 2)].article.id,
      target: targeted.targets[0].id,
      mentions: mentioning.mentions[0].id,
      ploverType: all[0].plover.type,
      dateFrom: '2022-03',
      dateTo: '2023',
    };
    const keep = (s: Data, filters: Record<string, unknown>) =>
      (filters.speaker == null ||
        s.speaker.id === filters.speaker ||
        (filters.includeOnBehalfOf === true && s.onBehalfOf?.id === filters.speaker)) &&
      (filters.article == null || s.article.id === filters.article) &&
      (filters.target == null || s.targets.some((t: Data) => t.id === filters.target)) &&
      (filters.mentions == null || s.mentions.some((m: Data) => m.id === filters.mentions)) &&
      (filters.ploverType == null || s.plover.type === filters.ploverType) &&
      (filters.dateFrom == null || onOrAfter(s.date.value, filters.dateFrom as string)) &&
      (filters.dateTo == null || onOrBefore(s.date.value, filters.dateTo as string));

    const query = `query($speaker: ID, $includeOnBehalfOf: Boolean! = false, $article: ID, $target: ID, $mentions: ID, $ploverType: PloverType,
        $dateFrom: String, $dateTo: String, $sort: StatementSort!, $first: Int, $last: Int) {
      statements(speaker: $speaker, includeOnBehalfOf: $includeOnBehalfOf, article: $article, target: $target, mentions: $mentions,
                 ploverType: $ploverType, dateFrom: $dateFrom, dateTo: $dateTo, sort: $sort, first: $first, last: $last) {
        totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
    let nonEmpty = 0;
    for (const [index, names] of subsets(Object.keys(values), 2).entries()) {
      const filters = Object.fromEntries(names.map((name) => [name, values[name]]));
      // Each variant is planned by Neo4j on first use, so each combination runs in one order, alternately.
      for (const sort of [index % 2 ? 'DATE_ASC' : 'DATE_DESC']) {
        const expected = all
          .filter((s) => keep(s, filters))
          .map((s) => ({ key: s.date.value, tie: s.id }))
          .sort(byKeyThenTie(sort === 'DATE_DESC'))
          .map((e) => e.tie);
        const firstPage = (await q(query, { ...filters, sort, first: 3 })).statements;
        expect({
          filters,
          sort,
          total: firstPage.totalCount,
          ids: firstPage.nodes.map((n: Data) => n.id),
          more: firstPage.pageInfo.hasNextPage,
        }).toEqual({
          filters,
          sort,
          total: expected.length,
          ids: expected.slice(0, 3),
          more: expected.length > 3,
        });
        const lastPage = (await q(query, { ...filters, sort, last: 2 })).statements;
        expect({
          filters,
          sort,
          ids: lastPage.nodes.map((n: Data) => n.id),
          before: lastPage.pageInfo.hasPreviousPage,
        }).toEqual({
          filters,
          sort,
          ids: expected.slice(-2),
          before: expected.length > 2,
        });
        if (expected.length) nonEmpty++;
      }
    }
    // The combinations are not all trivially empty.
    expect(nonEmpty).toBeGreaterThan(15);
  });

  // The search list's first page reads every hit's date but the ids only of
  // hits up to the page's edge date; a page after a cursor or a last page
  // sorts everything found. Every shape, with each filter, must agree with
  // the statements that hold the word.
  it('search: first pages (counted or alone) and last pages, with each filter, hold the statements with the word', async () => {
    const all = await everything(
      'statements',
      'id date { value } plover { type } speaker { id } quote { text } paraphrase',
    );
    // Words as the index's tokenizer cuts them (an apostrophe stays inside a word: "russia's").
    const words = (s: Data) => new Set(`${s.quote?.text ?? ''} ${s.paraphrase}`.toLowerCase().split(/[^a-z0-9'’]+/));
    const counts = new Map<string, number>();
    for (const s of all)
      for (const word of words(s)) if (/^[a-z]{6,}$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    const [word, holding] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    expect(holding).toBeGreaterThan(5);
    const hits = all.filter((s) => words(s).has(word));
    const values: Record<string, unknown> = {
      ploverType: hits[0].plover.type,
      speaker: hits[hits.length - 1].speaker.id,
      dateFrom: '2023',
    };
    const keep = (s: Data, filters: Record<string, unknown>) =>
      (filters.ploverType == null || s.plover.type === filters.ploverType) &&
      (filters.speaker == null || s.speaker.id === filters.speaker) &&
      (filters.dateFrom == null || onOrAfter(s.date.value, filters.dateFrom as string));
    const counted = `query($q: String!, $ploverType: PloverType, $speaker: ID, $dateFrom: String, $sort: StatementSort!, $first: Int, $last: Int) {
      statements(search: $q, ploverType: $ploverType, speaker: $speaker, dateFrom: $dateFrom, sort: $sort, first: $first, last: $last) { totalCount nodes { id } } }`;
    const alone = counted.replace('totalCount ', '');
    for (const filters of [{}, ...Object.entries(values).map(([name, value]) => ({ [name]: value }))]) {
      for (const sort of ['DATE_DESC', 'DATE_ASC']) {
        const expected = hits
          .filter((s) => keep(s, filters))
          .map((s) => ({ key: s.date.value, tie: s.id }))
          .sort(byKeyThenTie(sort === 'DATE_DESC'))
          .map((e) => e.tie);
        const ids = (data: Data) => data.statements.nodes.map((n: Data) => n.id);
        const first = await q(counted, { q: word, ...filters, sort, first: 3 });
        expect({ filters, sort, total: first.statements.totalCount, ids: ids(first) }).toEqual({
          filters,
          sort,
          total: expected.length,
          ids: expected.slice(0, 3),
        });
        expect({ filters, sort, ids: ids(await q(alone, { q: word, ...filters, sort, first: 3 })) }).toEqual({
          filters,
          sort,
          ids: expected.slice(0, 3),
        });
        expect({ filters, sort, ids: ids(await q(alone, { q: word, ...filters, sort, last: 2 })) }).toEqual({
          filters,
          sort,
          ids: expected.slice(-2),
        });
      }
    }
    // Every size of first page, so that some page ends inside a run of
    // statements of one date (the tie on the id decides which of them make it).
    const sameDate = hits.filter((s) => hits.some((t) => t !== s && t.date.value === s.date.value));
    expect(sameDate.length).toBeGreaterThan(1);
    for (const sort of ['DATE_DESC', 'DATE_ASC']) {
      const expected = hits
        .map((s) => ({ key: s.date.value, tie: s.id }))
        .sort(byKeyThenTie(sort === 'DATE_DESC'))
        .map((e) => e.tie);
      for (let first = 0; first <= expected.length + 1; first++) {
        const page = (await q(counted, { q: word, sort, first })).statements;
        expect({ sort, first, total: page.totalCount, ids: page.nodes.map((n: Data) => n.id) }).toEqual({
          sort,
          first,
          total: expected.length,
          ids: expected.slice(0, first),
        });
      }
    }
  });

  it('rejections: every combination of up to two filters, in either order', async () => {
    const all = await everything(
      'rejections',
      'rejecter { id } onBehalfOf { id } owner { id } statement { id } demand { id kind } article { id } date { value }',
    );
    expect(all.length).toBeGreaterThan(5);
    const values: Record<string, unknown> = {
      rejecter: all[0].rejecter.id,
      owner: all[all.length - 1].owner.id,
      actor: all[Math.floor(all.length / 2)].owner.id,
      statement: all[1].statement.id,
      demand: all[2].demand.id,
      demandKind: all[0].demand.kind,
      article: all[all.length - 1].article.id,
      dateFrom: '2022-03',
      dateTo: '2023',
    };
    const keep = (r: Data, f: Record<string, unknown>) =>
      (f.rejecter == null || r.rejecter.id === f.rejecter || r.onBehalfOf?.id === f.rejecter) &&
      (f.owner == null || r.owner.id === f.owner) &&
      (f.actor == null || [r.rejecter.id, r.onBehalfOf?.id, r.owner.id].includes(f.actor)) &&
      (f.statement == null || r.statement.id === f.statement) &&
      (f.demand == null || r.demand.id === f.demand) &&
      (f.demandKind == null || r.demand.kind === f.demandKind) &&
      (f.article == null || r.article.id === f.article) &&
      (f.dateFrom == null || onOrAfter(r.date.value, f.dateFrom as string)) &&
      (f.dateTo == null || onOrBefore(r.date.value, f.dateTo as string));

    const query = `query($rejecter: ID, $owner: ID, $actor: ID, $statement: ID, $demand: ID, $demandKind: DemandKind, $article: ID,
        $dateFrom: String, $dateTo: String, $sort: RejectionSort!) {
      rejections(rejecter: $rejecter, owner: $owner, actor: $actor, statement: $statement, demand: $demand, demandKind: $demandKind,
                 article: $article, dateFrom: $dateFrom, dateTo: $dateTo, sort: $sort, first: 100) {
        totalCount nodes { statement { id } demand { id } } } }`;
    let nonEmpty = 0;
    for (const [index, names] of subsets(Object.keys(values), 2).entries()) {
      const filters = Object.fromEntries(names.map((name) => [name, values[name]]));
      // Each variant is planned by Neo4j on first use, so each combination runs in one order, alternately.
      for (const sort of [index % 2 ? 'DATE_ASC' : 'DATE_DESC']) {
        const expected = all
          .filter((r) => keep(r, filters))
          .map((r) => ({ key: r.date.value, tie: `${r.statement.id}|${r.demand.id}` }))
          .sort(byKeyThenTie(sort === 'DATE_DESC'))
          .map((e) => e.tie);
        const page = (await q(query, { ...filters, sort })).rejections;
        expect({
          filters,
          sort,
          ids: page.nodes.map((n: Data) => `${n.statement.id}|${n.demand.id}`),
          total: page.totalCount,
        }).toEqual({
          filters,
          sort,
          ids: expected,
          total: expected.length,
        });
        if (expected.length) nonEmpty++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(15);
  });

  // The neighbour queries match a single relationship type by name (the
  // pattern built for each type, for dense nodes): for every type and both directions,
  // the typed pattern must answer exactly as the generic one that filters
  // every relationship by type.
  it('neighbour lists: the typed pattern of each relationship type answers as the generic one', async () => {
    const ids = await allIds();
    let nonEmpty = 0;
    for (const type of EDGE_TYPES) {
      for (const direction of ['out', 'in'] as const) {
        const list = (relType: string | null) =>
          db.executor.read(`neighbour-list-${direction}`, { ids, types: [type], relType });
        const [typed, generic] = [await list(type), await list(null)];
        expect({ type, direction, rows: typed }).toEqual({ type, direction, rows: generic });
        if (typed.some((row) => (row.items as unknown[]).length > 0)) nonEmpty++;
      }
    }
    // Most types occur in the seeded graph, in one direction at least.
    expect(nonEmpty).toBeGreaterThanOrEqual(EDGE_TYPES.length);
  });

  // A walk over one type also reads what the model guarantees
  // (src/model/edge-ends.ts): no label test where the type implies the far
  // label, no edge-key tie-break where the type carries no key, the total
  // counted apart from the sorted top on a first page. Each page, as the
  // loader keys ask for it, must equal the generic query's page (no type
  // named, no flag): for every type a first page with its total, also of a
  // label the type cannot reach; for types of each kind (dense, keyed, of
  // several far labels) also a first page alone and a page after a cursor,
  // in two sorts. (Each variant is planned anew, ~150 ms here, hence not all
  // of them for every type.)
  const THOROUGHLY_CHECKED = new Set(['MADE', 'OWNED_BY', 'REPORTED_IN', 'MENTIONS', 'CONFLICTS_WITH', 'CLAIMS']);
  it("neighbour pages: the typed pattern with the model's flags answers as the generic one", async () => {
    const ids = await allIds();
    const byDate = { by: 'DATE', desc: true };
    const byName = { by: 'NAME', desc: false };
    let compared = 0;
    let withFlags = 0;
    for (const type of EDGE_TYPES) {
      for (const direction of ['out', 'in'] as const) {
        const implied = farLabelOf(type, direction);
        const unreachable: NodeLabel = implied === 'Statement' ? 'Actor' : 'Statement';
        const thorough = THOROUGHLY_CHECKED.has(type);
        const cases: [NodeLabel, SortSpec, boolean][] = implied
          ? [
              [implied, byDate, thorough],
              [unreachable, byDate, false],
              ...(thorough ? [[implied, byName, true] as [NodeLabel, SortSpec, boolean]] : []),
            ]
          : (['Actor', 'Territory', 'Event'] as NodeLabel[]).map((label) => [label, byDate, thorough]);
        for (const [label, sort, allPagings] of cases) {
          const walk = { direction, types: [type], label };
          const typed = (args: PageArgs, flags: Record<string, unknown> = {}): Record<string, unknown> => ({
            ...neighbourPageKey('', walk, sort, args).params,
            ids,
            ...flags,
          });
          const generic = (args: PageArgs, flags: Record<string, unknown> = {}) => ({
            ...typed(args, flags),
            relType: null,
            labelImplied: false,
            oneEdgePerPair: false,
          });
          const first = typed({ first: 2 });
          if (first.labelImplied || first.oneEdgePerPair) withFlags++;
          const query = `neighbour-page-${direction}`;
          const firstPage = await db.executor.read(query, generic({ first: 2 }));
          const lastEntry = firstPage.flatMap((row) => row.page as { key: string; tie: string }[]).at(-1);
          const pagings: [PageArgs, Record<string, unknown>][] = [[{ first: 2 }, {}]];
          if (allPagings) pagings.push([{ first: 2 }, { pageOnly: true }]);
          if (allPagings && lastEntry)
            pagings.push([{ first: 3, after: encodeCursor(lastEntry.key, lastEntry.tie) }, {}]);
          for (const [args, flags] of pagings) {
            const [specialised, plain] = [
              await db.executor.read(query, typed(args, flags)),
              await db.executor.read(query, generic(args, flags)),
            ];
            expect({ type, direction, label, sort, args, flags, rows: specialised }).toEqual({
              type,
              direction,
              label,
              sort,
              args,
              flags,
              rows: plain,
            });
            compared++;
          }
        }
      }
    }
    expect(withFlags).toBeGreaterThan(EDGE_TYPES.length);
    expect(compared).toBeGreaterThan(120);
  });

  async function allIds(): Promise<string[]> {
    const ids = (
      await db.executor.readTransaction((tx) => tx.run('MATCH (n:Entity) RETURN n.id AS id ORDER BY id'))
    ).records.map((r) => r.get('id') as string);
    expect(ids.length).toBeGreaterThan(50);
    return ids;
  }

  it("neighbour pages: each sort of an actor's demands orders by its own key", async () => {
    const actors = (await q(`{ actors(first: 100) { nodes { id demands { totalCount } } } }`, {})).actors.nodes;
    const owner = actors.reduce((best: Data, actor: Data) =>
      actor.demands.totalCount > best.demands.totalCount ? actor : best,
    );
    expect(owner.demands.totalCount).toBeGreaterThan(3);
    const query = `query($id: ID!, $sort: DemandSort!) { actor(id: $id) { demands(first: 100, sort: $sort) { nodes {
      id summary voiced: statements(stances: [SETS, REPEATS], sort: DATE_ASC, first: 1) { nodes { date { value } } } } } } }`;
    const keys: Record<string, (d: Data) => string> = {
      SUMMARY: (d) => d.summary.toLowerCase(),
      FIRST_VOICED: (d) => d.voiced.nodes[0]?.date.value ?? '',
    };
    const orders = new Set<string>();
    for (const [by, key] of Object.entries(keys)) {
      for (const direction of ['ASC', 'DESC']) {
        const sort = `${by}_${direction}`;
        const nodes: Data[] = (await q(query, { id: owner.id, sort })).actor.demands.nodes;
        expect(nodes).toHaveLength(owner.demands.totalCount);
        const expected = nodes
          .map((d) => ({ key: key(d), tie: d.id }))
          .sort(byKeyThenTie(direction === 'DESC'))
          .map((e) => e.tie);
        expect({ sort, ids: nodes.map((d) => d.id) }).toEqual({ sort, ids: expected });
        orders.add(expected.join());
      }
    }
    // The keys differ enough to give different orders, so a wrong key would show.
    expect(orders.size).toBeGreaterThan(2);
  });

  it("neighbour pages: walking with cursors, forwards and backwards, meets the first page's order", async () => {
    // The first page sorts by the tie's parts, a cursor page compares the tie
    // strings (neighbour-page-*.cypher): the two orders must agree, also
    // where dates are equal and one id starts another (s-1, s-10, s-1-2).
    const token = `t${randomBytes(4).toString('hex')}`;
    const speaker = `actor-${token}`;
    const suffixes = ['1', '10', '1-2', '2', '11', '3', '1-1', '12', '4'];
    await db.executor.writeTransaction((tx) =>
      tx.run(
        `CREATE (a:Entity:Actor {id: $speaker, name: $speaker, kind: 'PERSON', aliases: []})
         WITH a UNWIND range(0, size($suffixes) - 1) AS i
         CREATE (a)-[:MADE {key: ''}]->(:Entity:Statement {id: $speaker + '-' + $suffixes[i], text: 'fixture', paraphrase: 'fixture',
                 isParaphrase: true, date: CASE WHEN i % 4 = 3 THEN '2024-02' ELSE '2024-01-15' END, datePrecision: 'DAY', ploverType: 'CONSULT'})`,
        { speaker, suffixes },
      ),
    );
    try {
      const query = `query($id: ID!, $sort: StatementSort!, $first: Int, $after: String, $last: Int, $before: String) {
        actor(id: $id) { statements(sort: $sort, first: $first, after: $after, last: $last, before: $before) {
          nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`;
      const page = async (variables: Record<string, unknown>) =>
        (await q(query, { id: speaker, ...variables })).actor.statements;
      for (const sort of ['DATE_ASC', 'DATE_DESC']) {
        const whole: string[] = (await page({ sort, first: 100 })).nodes.map((s: Data) => s.id);
        expect(whole).toHaveLength(suffixes.length);
        const forwards: string[] = [];
        let after: string | null = null;
        for (;;) {
          const next: Data = await page({ sort, first: 2, after });
          forwards.push(...next.nodes.map((s: Data) => s.id));
          if (!next.pageInfo.hasNextPage) break;
          after = next.pageInfo.endCursor;
        }
        expect({ sort, ids: forwards }).toEqual({ sort, ids: whole });
        const backwards: string[] = [];
        let before: string | null = null;
        for (;;) {
          const previous: Data = await page({ sort, last: 2, before });
          backwards.unshift(...previous.nodes.map((s: Data) => s.id));
          if (!previous.pageInfo.hasPreviousPage) break;
          before = previous.pageInfo.startCursor;
        }
        expect({ sort, ids: backwards }).toEqual({ sort, ids: whole });
      }
    } finally {
      await removeByToken(db.executor, token);
    }
  });
});
