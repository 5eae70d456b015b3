import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../src/config';
import type { ExploreData } from '../../src/http/explore/explore-data';
import { postGraphql, startTestServer } from '../support/test-server';
import { TEST_URI_VARIABLE } from '../support/test-database';

// The analytics through the product's doors: GraphQL, the CLI (same numbers)
// and the /explore endpoints the page uses.
describe('analytics through GraphQL, the CLI and /explore', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const cli = async (...args: string[]) => {
    const { stdout } = await promisify(execFile)('node', [path.join(repoRoot, 'dist', 'src', 'cli.js'), ...args], {
      env: { ...process.env, NEO4J_URI: process.env[TEST_URI_VARIABLE], LOG_LEVEL: 'silent' },
      maxBuffer: 32 * 1024 * 1024,
    });
    return stdout;
  };

  const CENTRALITY = `query ($level: AnalyticsLevel!) {
    analytics(level: $level) {
      level
      articles
      centrality {
        projection { name level directed nodeCount edgeCount totalWeight description rules { name pattern weight } }
        method
        actors { actor { id name kind country } members inDegree outDegree weightedInDegree weightedOutDegree pageRank betweenness }
      }
    }
  }`;

  it.each(['ACTOR', 'SIDE'])(
    'gives the same centrality in GraphQL and in `cli analytics centrality --json` (%s)',
    async (level) => {
      const { status, body } = await postGraphql(server.origin, CENTRALITY, { level });
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      const graphql = body.data!.analytics;
      expect(graphql.level).toBe(level);
      expect(graphql.articles).toBeNull();
      expect(graphql.centrality.projection.rules.map((r: { name: string }) => r.name)).toEqual([
        'targets',
        'demands',
        'accepts',
        'rejects',
      ]);
      const fromCli = JSON.parse(await cli('analytics', 'centrality', '--json', '--level', level));
      expect(fromCli).toEqual(graphql.centrality);
      expect(graphql.centrality.actors[0].actor.id).toBe(level === 'SIDE' ? 'actor-russia' : 'actor-ukraine');
    },
  );

  it('gives the same communities, deadlocks and stance matrix in GraphQL and the CLI', async () => {
    const { body } = await postGraphql(
      server.origin,
      `{ analytics {
          communities { modularity communities { id label size members { id } } membership { actor { id } community } }
          deadlocks { deadlocks { id kind grounds sides { id } demands { demand { id kind } blockedBy { id } evidence { stance statement { id quote article { id title } } } } territories { id } articles { id } } }
          stanceMatrix { cells { from { id } to { id } set accepted rejected supported evidence { stance demand { id } statement { id } } } }
      } }`,
    );
    expect(body.errors).toBeUndefined();
    const { communities, deadlocks, stanceMatrix } = body.data!.analytics;
    const viaCli = {
      communities: JSON.parse(await cli('analytics', 'communities', '--json')),
      deadlocks: JSON.parse(await cli('analytics', 'deadlocks', '--json')),
      stanceMatrix: JSON.parse(await cli('analytics', 'stance-matrix', '--json')),
    };
    expect(communities.modularity).toBe(viaCli.communities.modularity);
    expect(communities.membership).toEqual(
      viaCli.communities.membership.map((m: { actor: { id: string }; community: number }) => ({
        actor: { id: m.actor.id },
        community: m.community,
      })),
    );
    expect(deadlocks.deadlocks.map((d: { id: string }) => d.id)).toEqual(
      viaCli.deadlocks.deadlocks.map((d: { id: string }) => d.id),
    );
    expect(
      deadlocks.deadlocks.some((d: { id: string }) => d.id === 'mutual-rejection:actor-russia>actor-ukraine'),
    ).toBe(true);
    expect(stanceMatrix.cells.length).toBe(viaCli.stanceMatrix.cells.length);
    const cell = stanceMatrix.cells.find(
      (c: { from: { id: string }; to: { id: string } }) => c.from.id === 'actor-ukraine' && c.to.id === 'actor-russia',
    );
    expect(cell).toMatchObject({ rejected: 2 });
  });

  it('answers positions over time and exports through GraphQL', async () => {
    const { body } = await postGraphql(
      server.origin,
      `query ($actors: [ID!]) { analytics(level: SIDE, articles: ["article-002"]) {
          articles
          positions(actors: $actors) { method actors { actor { id } members steps { date statement { id } stances { demand { id } stance change } } demands { demand { id } reversed } } }
          export(graph: INFLUENCE, format: GRAPHML) { graph format level nodeCount edgeCount files { name mediaType content } }
      } }`,
      { actors: ['actor-vladimir-putin'] },
    );
    expect(body.errors).toBeUndefined();
    const { positions, export: exported, articles } = body.data!.analytics;
    expect(articles).toEqual(['article-002']);
    expect(positions.actors.map((a: { actor: { id: string } }) => a.actor.id)).toEqual(['actor-russia']);
    expect(
      positions.actors[0].steps.every((s: { statement: { id: string } }) => s.statement.id.startsWith('stmt-002-')),
    ).toBe(true);
    expect(exported).toMatchObject({ graph: 'INFLUENCE', format: 'GRAPHML', level: 'SIDE' });
    expect(exported.files[0]).toMatchObject({
      name: 'peacegraph-influence-side.graphml',
      mediaType: 'application/graphml+xml',
    });
    expect(exported.files[0].content).toContain('<graphml');
  });

  it('writes export files from the CLI', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-cli-export-'));
    try {
      const printed = await cli('export', '--format', 'graphology', '--graph', 'agreement', '--out', out);
      expect(printed).toMatch(/wrote agreement graph \(\d+ nodes, \d+ edges\) as graphology/);
      const json = JSON.parse(fs.readFileSync(path.join(out, 'peacegraph-agreement-actor.graphology.json'), 'utf8'));
      expect(json.options.type).toBe('undirected');
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('refuses unknown CLI reports and options with a usage message', async () => {
    await expect(cli('analytics', 'nonsense')).rejects.toThrow(/name a report: centrality/);
    await expect(cli('export', '--format', 'pdf', '--out', '/tmp/x')).rejects.toThrow(/--format must be one of/);
  });

  describe('/explore', () => {
    it('serves the page, redirecting /explore to /explore/', async () => {
      const redirect = await fetch(`${server.origin}/explore`, { redirect: 'manual' });
      expect(redirect.status).toBe(301);
      expect(redirect.headers.get('location')).toBe('/explore/');
      const page = await fetch(`${server.origin}/explore/`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<script src="cytoscape.min.js"></script>');
      expect(html).not.toMatch(/https?:\/\//);
    });

    it('serves cytoscape.js from node_modules, not a CDN', async () => {
      const response = await fetch(`${server.origin}/explore/cytoscape.min.js`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/javascript/);
      const installed = fs.readFileSync(require.resolve('cytoscape/dist/cytoscape.min.js'), 'utf8');
      expect(await response.text()).toBe(installed);
    });

    it('serves the network as data.json, with the same PageRank as GraphQL', async () => {
      const data = (await (await fetch(`${server.origin}/explore/data.json`)).json()) as ExploreData;
      const { body } = await postGraphql(server.origin, CENTRALITY, { level: 'ACTOR' });
      const ranks = new Map(
        body.data!.analytics.centrality.actors.map((a: { actor: { id: string }; pageRank: number }) => [
          a.actor.id,
          a.pageRank,
        ]),
      );
      const actors = data.nodes.filter((n) => n.type === 'actor');
      expect(actors.length).toBe(ranks.size);
      for (const actor of actors) expect(actor.pageRank).toBe(ranks.get(actor.id));
      expect(data.nodes.filter((n) => n.type === 'demand').length).toBeGreaterThan(10);
      expect(data.statements['stmt-000-03'].quote).toBe('the deciding vote rests with Washington');
      expect(data.nodeStatements['actor-dmitry-peskov']).toContain('stmt-000-03');
    });

    it('refuses a bad level or article id with 400', async () => {
      expect((await fetch(`${server.origin}/explore/data.json?level=NOPE`)).status).toBe(400);
      expect((await fetch(`${server.origin}/explore/data.json?articles=..%2Fetc`)).status).toBe(400);
    });
  });
});
