import type { Deadlock } from '../../src/analytics/deadlocks';
import { AnalyticsSession } from '../../src/analytics/session';
import { loadConfig } from '../../src/config';
import { loadCorpus } from '../../src/seed/load-corpus';
import { connectTestDatabase, TestDatabase } from '../support/test-database';
import { cycleFixture, deleteFixture, Fixture, handCheckedFixture, writeFixture } from './analytics-fixture';

// Deadlocks, the stance matrix and positions over time: first on small
// graphs where the answer is known, then the deadlocks the five articles report.
describe('deadlocks, stance matrix and positions', () => {
  let db: TestDatabase;
  let hand: Fixture;
  let cycle: Fixture;
  let seededArticles: string[];

  beforeAll(async () => {
    db = connectTestDatabase();
    hand = handCheckedFixture();
    cycle = cycleFixture();
    await writeFixture(db.executor, hand);
    await writeFixture(db.executor, cycle);
    seededArticles = (await loadCorpus(loadConfig().seed.dir)).articles.map((article) => article.id);
  });
  afterAll(async () => {
    await deleteFixture(db.executor, hand);
    await deleteFixture(db.executor, cycle);
    await db.close();
  });

  const short = (fixture: Fixture) => (id: string) => id.slice(fixture.prefix.length + 1);

  describe('on small graphs', () => {
    it('finds the mutual rejection and the territorial conflict of the hand-checked graph, with evidence', async () => {
      const { deadlocks } = await new AnalyticsSession(db.executor, { articles: hand.articles }).deadlocks();
      const s = short(hand);
      expect(deadlocks.map((d) => [d.kind, d.sides.map((side) => s(side.id)), d.grounds])).toEqual([
        ['MUTUAL_REJECTION', ['a1', 'a2'], ['REJECTION']],
        ['CONFLICTING_DEMANDS', ['a1', 'a2'], ['SAME_TERRITORY', 'REJECTION']],
      ]);
      const [mutual, conflict] = deadlocks;
      // d1 is a1's (voiced by a1 in s1 and by its spokesman a4 in s6), rejected by a2 in s2.
      const d1 = mutual.demands.find((d) => s(d.demand.id) === 'd1')!;
      expect(s(d1.blockedBy.id)).toBe('a2');
      expect(d1.evidence.map((e) => [e.stance, s(e.statement.id)])).toEqual([
        ['SETS', 's1'],
        ['REPEATS', 's6'],
        ['REJECTS', 's2'],
      ]);
      expect(d1.evidence[2].statement.quote).toBe('We will never accept d1.');
      expect(d1.evidence[2].statement.article).toEqual({
        id: hand.articles[0],
        title: 'Fixture hand',
        publishedOn: '2021-01-01',
      });
      expect(mutual.articles.map((a) => a.id)).toEqual(hand.articles);
      expect(conflict.territories.map((t) => s(t.id))).toEqual(['t1']);
    });

    it('finds a rejection cycle of three sides and the annotated conflict', async () => {
      const { deadlocks } = await new AnalyticsSession(db.executor, { articles: cycle.articles }).deadlocks();
      const s = short(cycle);
      expect(deadlocks.map((d) => [d.kind, d.sides.map((side) => s(side.id))])).toEqual([
        ['REJECTION_CYCLE', ['b1', 'b2', 'b3']],
        ['CONFLICTING_DEMANDS', ['b1', 'b3']],
      ]);
      // b1 rejects b2's e2, b2 rejects b3's e3, b3 rejects b1's e1.
      expect(deadlocks[0].demands.map((d) => `${s(d.blockedBy.id)} blocks ${s(d.demand.id)}`)).toEqual([
        'b1 blocks e2',
        'b2 blocks e3',
        'b3 blocks e1',
      ]);
      expect(deadlocks[1].grounds).toEqual(['ANNOTATED_CONFLICT', 'REJECTION']);
      expect(deadlocks[1].demands.map((d) => s(d.demand.id))).toEqual(['e1', 'e3']);
    });

    it('fills the stance matrix with distinct-demand counts and the statements behind them', async () => {
      const { cells } = await new AnalyticsSession(db.executor, { articles: hand.articles }).stanceMatrix();
      const s = short(hand);
      const table = cells.map(
        (c) => `${s(c.from.id)}>${s(c.to.id)} set=${c.set} acc=${c.accepted} rej=${c.rejected} sup=${c.supported}`,
      );
      expect(table).toEqual([
        'a1>a2 set=1 acc=0 rej=1 sup=0',
        'a2>a1 set=1 acc=0 rej=1 sup=0',
        'a3>a1 set=0 acc=1 rej=0 sup=0',
        'a4>a1 set=0 acc=0 rej=0 sup=1',
        'a4>a2 set=1 acc=0 rej=0 sup=0',
        'a5>a1 set=1 acc=0 rej=0 sup=0',
        'a5>a2 set=0 acc=0 rej=0 sup=1',
      ]);
      expect(cells[0].evidence.map((e) => `${e.stance} ${s(e.demand.id)} in ${s(e.statement.id)}`)).toEqual([
        'SETS d1 in s1',
        'REJECTS d2 in s4',
      ]);
    });

    it('tells new, repeated and reversed stances apart over time', async () => {
      const { actors } = await new AnalyticsSession(db.executor, { articles: cycle.articles }).positions([
        cycle.id('b2'),
      ]);
      const s = short(cycle);
      expect(actors).toHaveLength(1);
      expect(
        actors[0].steps.map(
          (step) => `${step.date} ${step.stances.map((x) => `${x.stance} ${s(x.demand.id)} ${x.change}`)}`,
        ),
      ).toEqual(['2020-01-01 SETS e2 NEW', '2020-01-15 ACCEPTS e3 NEW', '2020-02-01 REJECTS e3 REVERSED']);
      expect(actors[0].demands.find((d) => s(d.demand.id) === 'e3')).toMatchObject({
        reversed: true,
        lastStance: 'REJECTS',
        stances: ['ACCEPTS', 'REJECTS'],
      });
      expect(actors[0].rejects.map((d) => s(d.id))).toEqual(['e3']);
    });
  });

  describe('in the five articles', () => {
    let deadlocks: Deadlock[];
    const byId = (id: string) => deadlocks.find((d) => d.id === id);
    const statementsOf = (d: Deadlock) => new Set(d.demands.flatMap((b) => b.evidence.map((e) => e.statement.id)));

    beforeAll(async () => {
      ({ deadlocks } = await new AnalyticsSession(db.executor, { articles: seededArticles }).deadlocks());
    });

    it('finds Russia and Ukraine rejecting each other’s preconditions (articles 000, 001, 003, 004)', () => {
      const d = byId('mutual-rejection:actor-russia>actor-ukraine')!;
      expect(d.kind).toBe('MUTUAL_REJECTION');
      const blocked = d.demands.map((b) => `${b.blockedBy.id} blocks ${b.demand.id}`);
      // Article 001: "only if Ukraine abandons its NATO ambitions and hands over the four regions... Ukraine has rejected these demands".
      expect(blocked).toEqual(
        expect.arrayContaining([
          'actor-ukraine blocks demand-russia-hand-over-four-regions',
          'actor-ukraine blocks demand-russia-ukraine-abandon-nato',
          // Article 000: Zelensky's decree rejecting peace talks with Putin.
          'actor-ukraine blocks demand-russia-open-to-negotiations',
          // Article 003: Kiev's demands "described by senior Russian officials as detached from reality".
          'actor-russia blocks demand-ukraine-return-all-territories',
          'actor-russia blocks demand-ukraine-reparations',
          'actor-russia blocks demand-ukraine-trial-russian-leadership',
          // Article 004: "Moscow has consistently opposed Ukraine's desire to join NATO".
          'actor-russia blocks demand-ukraine-nato-membership',
        ]),
      );
      expect([...statementsOf(d)]).toEqual(
        expect.arrayContaining(['stmt-001-15', 'stmt-001-16', 'stmt-000-12', 'stmt-003-13', 'stmt-004-12']),
      );
      expect(d.articles.map((a) => a.id)).toEqual(
        expect.arrayContaining(['article-000', 'article-001', 'article-003', 'article-004']),
      );
    });

    it('finds Russia and the West rejecting each other’s terms (article 002)', () => {
      const d = byId('mutual-rejection:actor-russia>actor-the-west')!;
      expect(d.demands.map((b) => `${b.blockedBy.id} blocks ${b.demand.id}`)).toEqual(
        expect.arrayContaining([
          // "The Kremlin ... rejected western terms"; "Moscow rejects any suggestion that areas it occupied ... are not part of Russia".
          'actor-russia blocks demand-west-territorial-integrity',
          // "western refusal to recognise the four annexed territories".
          'actor-the-west blocks demand-russia-west-recognise-annexation',
        ]),
      );
      expect(d.articles.map((a) => a.id)).toEqual(['article-002']);
      const quoted = d.demands.flatMap((b) => b.evidence).filter((e) => e.statement.quote);
      expect(quoted.map((e) => e.statement.quote)).toContain(
        'seriously complicates the search for any ground for possible discussion',
      );
    });

    it('finds the territorial deadlock: the four regions handed over against all territories returned', () => {
      const d = byId('conflict:demand-russia-hand-over-four-regions+demand-ukraine-return-all-territories')!;
      expect(d.kind).toBe('CONFLICTING_DEMANDS');
      expect(d.grounds).toEqual(['ANNOTATED_CONFLICT', 'SAME_TERRITORY', 'REJECTION']);
      expect(d.sides.map((s) => s.id)).toEqual(['actor-russia', 'actor-ukraine']);
      expect(d.territories.map((t) => t.id)).toEqual([
        'territory-donetsk',
        'territory-kherson',
        'territory-luhansk',
        'territory-zaporizhzhia',
      ]);
      expect(statementsOf(d)).toEqual(
        new Set(['stmt-001-15', 'stmt-001-16', 'stmt-001-18', 'stmt-003-12', 'stmt-003-13']),
      );
    });

    it('finds NATO membership against abandoning it, each rejected by the other side', () => {
      const d = byId('conflict:demand-russia-ukraine-abandon-nato+demand-ukraine-nato-membership')!;
      expect(d.grounds).toEqual(['ANNOTATED_CONFLICT', 'REJECTION']);
      expect(d.explanation).toContain("Each side has rejected the other's demand");
    });

    it('finds Biden’s “Putin must leave Ukraine” against Russia’s annexation, rejected in Peskov’s “Well, clearly not”', () => {
      const d = byId('conflict:demand-biden-putin-leave-ukraine+demand-russia-west-recognise-annexation')!;
      expect(d.sides.map((s) => s.id)).toEqual(['actor-united-states', 'actor-russia']);
      const rejection = d.demands[0].evidence.find((e) => e.statement.id === 'stmt-002-08')!;
      expect(rejection).toMatchObject({
        stance: 'REJECTS',
        statement: { quote: 'Well, clearly not', article: { id: 'article-002' } },
      });
    });

    it('reports every deadlock with evidence from the articles', () => {
      expect(deadlocks.length).toBeGreaterThanOrEqual(5);
      for (const d of deadlocks) {
        expect(d.articles.length).toBeGreaterThan(0);
        for (const blocked of d.demands) expect(blocked.evidence.length).toBeGreaterThan(0);
      }
      console.log(
        `${deadlocks.length} deadlocks in the five articles:\n${deadlocks.map((d) => `  ${d.kind} ${d.id} [${d.grounds.join(',')}]`).join('\n')}`,
      );
    });

    it("shows Russia's turn on the West's call for talks: accepted by the Kremlin, rejected by Putin", async () => {
      const { actors } = await new AnalyticsSession(db.executor, { articles: seededArticles, level: 'SIDE' }).positions(
        ['actor-dmitry-peskov'],
      );
      expect(actors.map((a) => a.actor.id)).toEqual(['actor-russia']);
      const talks = actors[0].demands.find((d) => d.demand.id === 'demand-west-putin-engage-talks')!;
      expect(talks).toMatchObject({ stances: ['ACCEPTS', 'ACCEPTS', 'REJECTS'], reversed: true });
    });
  });
});
