import { AnalyticsSession } from '../../src/analytics/session';
import type { Level } from '../../src/analytics/sides';
import { loadConfig } from '../../src/config';
import { loadCorpus } from '../../src/seed/load-corpus';
import { connectTestDatabase, TestDatabase } from '../support/test-database';
import { deleteFixture, Fixture, handCheckedFixture, writeFixture } from './analytics-fixture';
import { networkxCheck } from './analytics-networkx';

// Centrality and communities: against numbers worked out by hand on a small
// graph, then against networkx on the same projection (the GraphML export).
describe('analytics metrics', () => {
  let db: TestDatabase;
  let hand: Fixture;
  /** The five seeded articles: the seeded graph without the fixtures other tests write. */
  let seeded: string[];

  beforeAll(async () => {
    db = connectTestDatabase();
    hand = handCheckedFixture();
    await writeFixture(db.executor, hand);
    seeded = (await loadCorpus(loadConfig().seed.dir)).articles.map((article) => article.id);
  });
  afterAll(async () => {
    await deleteFixture(db.executor, hand);
    await db.close();
  });

  describe('on the hand-checked graph', () => {
    const session = () => new AnalyticsSession(db.executor, { articles: hand.articles });

    it('builds the influence projection the rules describe', async () => {
      const { influence } = await session().projections();
      const edges = influence.mapEdges(
        (_e, a, from, to) => `${from.slice(hand.prefix.length + 1)}>${to.slice(hand.prefix.length + 1)}=${a.weight}`,
      );
      expect(edges.sort()).toEqual(['a1>a2=3', 'a2>a1=3', 'a3>a1=1', 'a3>a2=1', 'a4>a2=1', 'a5>a1=1']);
      expect(influence.getEdgeAttributes(hand.id('a1'), hand.id('a2')).counts).toEqual({
        targets: 1,
        demands: 1,
        rejects: 1,
      });
    });

    it('computes degrees, PageRank and betweenness equal to the hand computation', async () => {
      const { actors, projection } = await session().centrality();
      const row = (name: string) => actors.find((a) => a.actor.id === hand.id(name))!;
      expect(projection).toMatchObject({
        name: 'influence',
        directed: true,
        nodeCount: 5,
        edgeCount: 6,
        totalWeight: 10,
      });
      expect([row('a1').inDegree, row('a2').inDegree, row('a3').inDegree]).toEqual([3, 3, 0]);
      expect([row('a1').outDegree, row('a3').outDegree]).toEqual([1, 2]);
      expect([row('a1').weightedInDegree, row('a2').weightedInDegree, row('a3').weightedOutDegree]).toEqual([5, 5, 2]);
      expect(row('a1').pageRank).toBeCloseTo(0.455, 6);
      expect(row('a2').pageRank).toBeCloseTo(0.455, 6);
      for (const name of ['a3', 'a4', 'a5']) expect(row(name).pageRank).toBeCloseTo(0.03, 6);
      expect(row('a1').betweenness).toBeCloseTo(1 / 12, 9);
      expect(row('a2').betweenness).toBeCloseTo(1 / 12, 9);
      expect(row('a3').betweenness).toBe(0);
    });

    it('finds the two agreement communities and their modularity', async () => {
      const result = await session().communities();
      const groups = result.communities.map((c) => c.members.map((m) => m.id.slice(hand.prefix.length + 1)).sort());
      expect(groups).toEqual([
        ['a1', 'a3', 'a4'],
        ['a2', 'a5'],
      ]);
      expect(result.communities[0].label).toBe('A1');
      expect(result.modularity).toBeCloseTo(0.32, 9);
    });

    it('folds the spokesman into the side he speaks for at SIDE level', async () => {
      const { influence } = await new AnalyticsSession(db.executor, {
        articles: hand.articles,
        level: 'SIDE',
      }).projections();
      expect(influence.hasNode(hand.id('a4'))).toBe(false);
      expect(influence.getNodeAttribute(hand.id('a1'), 'members')).toEqual([hand.id('a1'), hand.id('a4')]);
      // a4's repeat of d1 (addressed to a2) now counts for a1: 3 + 1.
      expect(influence.getEdgeAttribute(hand.id('a1'), hand.id('a2'), 'weight')).toBe(4);
    });
  });

  describe('networkx on the exported GraphML computes the same numbers', () => {
    const cases: [string, () => string[] | null, Level][] = [
      ['the hand-checked graph', () => hand.articles, 'ACTOR'],
      ['the seeded graph, actors', () => seeded, 'ACTOR'],
      ['the seeded graph, sides', () => seeded, 'SIDE'],
    ];

    it.each(cases)('centrality on %s', async (_name, articles, level) => {
      const session = new AnalyticsSession(db.executor, { articles: articles(), level });
      const ours = await session.centrality();
      const exported = await session.export('INFLUENCE', 'GRAPHML');
      const nx = await networkxCheck(exported.files[0].content);
      expect(nx).toMatchObject({
        directed: true,
        multigraph: false,
        nodes: ours.projection.nodeCount,
        edges: ours.projection.edgeCount,
      });
      expect(ours.actors.length).toBeGreaterThan(0);
      let largest = 0;
      for (const row of ours.actors) {
        const id = row.actor.id;
        expect(row.inDegree).toBe(nx.in_degree![id]);
        expect(row.outDegree).toBe(nx.out_degree![id]);
        expect(row.weightedInDegree).toBeCloseTo(nx.weighted_in_degree![id], 9);
        expect(row.weightedOutDegree).toBeCloseTo(nx.weighted_out_degree![id], 9);
        expect(Math.abs(row.pageRank - nx.pagerank![id])).toBeLessThan(1e-6);
        expect(Math.abs(row.betweenness - nx.betweenness![id])).toBeLessThan(1e-9);
        largest = Math.max(largest, Math.abs(row.pageRank - nx.pagerank![id]));
      }
      console.log(
        `${_name}: ${ours.actors.length} actors, largest PageRank difference from networkx ${largest.toExponential(2)}`,
      );
    });

    it.each(cases)('communities on %s', async (_name, articles, level) => {
      const session = new AnalyticsSession(db.executor, { articles: articles(), level });
      const ours = await session.communities();
      const nx = await networkxCheck((await session.export('AGREEMENT', 'GRAPHML')).files[0].content);
      expect(nx).toMatchObject({ directed: false, nodes: ours.projection.nodeCount, edges: ours.projection.edgeCount });
      expect(nx.our_partition_is_valid).toBe(true);
      expect(nx.our_communities).toBe(ours.communities.length);
      // The same partition scores the same in both libraries...
      expect(Math.abs(ours.modularity - nx.our_modularity!)).toBeLessThan(1e-9);
      // ...and graphology's Louvain finds a partition about as good as networkx's own Louvain.
      expect(ours.modularity).toBeGreaterThanOrEqual(nx.networkx_modularity! - 0.02);
      console.log(
        `${_name}: ${ours.communities.length} communities, modularity ${ours.modularity.toFixed(4)} (networkx Louvain ${nx.networkx_modularity!.toFixed(4)})`,
      );
    });
  });
});
