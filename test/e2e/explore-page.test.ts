import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { offlinePage, requireChromium } from '../support/headless-chromium';
import { repoRoot } from '../../src/config';
import type { ExploreData } from '../../src/http/explore/explore-data';
import { postGraphql, startTestServer } from '../support/test-server';

// The /explore page in headless Chromium against the real server and the
// seeded graph: it loads, draws every node of data.json, and a click on an
// actor shows its statements with their quotes and articles. The screenshot
// goes to a temporary file; UPDATE_SCREENSHOT=1 writes docs/explore.png, the
// README's picture, instead. Chromium is required (.ci/run installs it):
// a missing browser fails the suite rather than skipping it.
const SCREENSHOT = process.env.UPDATE_SCREENSHOT
  ? path.join(repoRoot, 'docs', 'explore.png')
  : path.join(os.tmpdir(), `peacegraph-explore-${process.pid}.png`);

requireChromium('/explore');

/** What analytics(asOf:) says the network held on a date: its actors, and the stances of its dated statements. */
const AS_OF = `query ($asOf: String) {
  analytics(asOf: $asOf) {
    centrality { actors { actor { id } } }
    positions { actors { actor { id } steps { stances { demand { id } stance } } } }
  }
}`;

interface Drawn {
  actors: string[];
  demands: string[];
  /** Stance edges as the page names them: stance:actor:demand. */
  stances: string[];
  edges: number;
}

/** What the page has drawn, read from cytoscape. */
function drawnNetwork(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- cytoscape's objects, read in the page
    const cy = (globalThis as unknown as { cy: any }).cy;
    const ids = (selector: string): string[] => cy.$(selector).map((element: { id(): string }) => element.id());
    return {
      actors: ids('node[type = "actor"]').sort(),
      demands: ids('node[type = "demand"]').sort(),
      stances: ids('edge[type != "OWNS"][type != "ADDRESSED_TO"]').sort(),
      edges: cy.edges().length,
    };
  });
}

/** The same, as GraphQL's analytics(asOf:) reports it. */
async function analyticsAsOf(origin: string, asOf: string): Promise<Omit<Drawn, 'edges'>> {
  const { status, body } = await postGraphql(origin, AS_OF, { asOf });
  expect(status).toBe(200);
  const { centrality, positions } = body.data!.analytics as {
    centrality: { actors: { actor: { id: string } }[] };
    positions: {
      actors: { actor: { id: string }; steps: { stances: { demand: { id: string }; stance: string }[] }[] }[];
    };
  };
  const demands = new Set<string>();
  const stances = new Set<string>();
  for (const { actor, steps } of positions.actors)
    for (const step of steps)
      for (const { demand, stance } of step.stances) {
        demands.add(demand.id);
        stances.add(`${stance}:${actor.id}:${demand.id}`);
      }
  return {
    actors: centrality.actors.map((row) => row.actor.id).sort(),
    demands: [...demands].sort(),
    stances: [...stances].sort(),
  };
}

describe('/explore in headless Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  let data: ExploreData;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    // Nothing may come from outside the server (no CDN).
    ({ browser, page } = await offlinePage(server.origin, { width: 1400, height: 900 }, pageErrors));
    data = (await (await fetch(`${server.origin}/explore/data.json`)).json()) as ExploreData;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads and draws every seeded actor and demand', async () => {
    await page.goto(`${server.origin}/explore`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    const drawn = await page.evaluate(() => {
      const cy = (
        globalThis as unknown as {
          cy: { nodes(): { map<T>(f: (n: { id(): string }) => T): T[] }; edges(): { length: number } };
        }
      ).cy;
      return { nodes: cy.nodes().map((n) => n.id()), edges: cy.edges().length };
    });
    expect(drawn.nodes.sort()).toEqual(data.nodes.map((n) => n.id).sort());
    expect(drawn.edges).toBe(data.edges.length);
    expect(drawn.nodes).toEqual(
      expect.arrayContaining([
        'actor-dmitry-peskov',
        'actor-volodymyr-zelensky',
        'demand-russia-hand-over-four-regions',
      ]),
    );
    expect(await page.textContent('#summary')).toMatch(/\d+ actors, \d+ demands/);
    expect(await page.locator('#legend li').count()).toBeGreaterThan(data.communities.length);
    expect(pageErrors).toEqual([]);
  });

  it('shows a quote and its article when an actor is clicked', async () => {
    // Bring Peskov to the middle, large enough that a click cannot miss him, then click where he is drawn.
    const point = await page.evaluate(() => {
      const cy = (globalThis as unknown as { cy: any }).cy; // eslint-disable-line @typescript-eslint/no-explicit-any
      const node = cy.$id('actor-dmitry-peskov');
      cy.zoom(3);
      cy.center(node);
      const box = cy.container().getBoundingClientRect();
      const at = node.renderedPosition();
      return { x: box.left + at.x, y: box.top + at.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector('#details blockquote', { timeout: 10_000 });
    expect(await page.textContent('#details h2')).toBe('Dmitry Peskov');
    const quotes = await page.locator('#details blockquote').allTextContents();
    expect(quotes).toContain('“the deciding vote rests with Washington”');
    const statement = page.locator('#details [data-statement="stmt-000-03"]');
    expect(await statement.locator('.source').textContent()).toContain('article-000');
    expect(pageErrors).toEqual([]);

    // The picture for the README: the whole network, Peskov selected, his statements in the panel.
    await page.evaluate(() => {
      const cy = (globalThis as unknown as { cy: any }).cy; // eslint-disable-line @typescript-eslint/no-explicit-any
      cy.fit(undefined, 20);
      cy.$id('actor-dmitry-peskov').select();
    });
    await page.screenshot({ path: SCREENSHOT });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
  });

  it('redraws the network as of an earlier date when the slider moves, as analytics(asOf:) counts it', async () => {
    await page.goto(`${server.origin}/explore`);
    await page.waitForSelector('body[data-ready="true"][data-as-of=""]', { timeout: 30_000 });
    expect(data.asOf).toBeNull();
    expect(data.dates.length).toBeGreaterThan(2);
    expect(data.dates).toEqual([...data.dates].sort());
    expect(await page.textContent('#as-of-label')).toBe('as it stands');
    const latest = await drawnNetwork(page);

    // From the first date onwards, key by key, to the first date on which a demand had been raised.
    await page.focus('#as-of');
    await page.keyboard.press('Home');
    let index = 0;
    let early: Drawn;
    for (;;) {
      const date = data.dates[index];
      await page.waitForSelector(`body[data-ready="true"][data-as-of="${date}"]`, { timeout: 30_000 });
      expect(await page.textContent('#as-of-label')).toBe(date);
      early = await drawnNetwork(page);
      if (early.demands.length > 0 || index === data.dates.length - 1) break;
      await page.keyboard.press('ArrowRight');
      index++;
    }
    const asOf = data.dates[index];
    expect(early.demands.length).toBeGreaterThan(0);
    expect(early.demands.length).toBeLessThan(latest.demands.length);
    expect(early.actors.length + early.demands.length).toBeLessThan(latest.actors.length + latest.demands.length);
    expect(early.edges).toBeLessThan(latest.edges);
    expect(await page.textContent('#summary')).toContain(`as of ${asOf}`);

    const reported = await analyticsAsOf(server.origin, asOf);
    expect(early.actors).toEqual(reported.actors);
    expect(early.demands).toEqual(reported.demands);
    expect(early.stances).toEqual(reported.stances);
    expect(pageErrors).toEqual([]);
  });

  it('plays through the dates, and pauses', async () => {
    await page.goto(`${server.origin}/explore`);
    await page.waitForSelector('body[data-ready="true"][data-as-of=""]', { timeout: 30_000 });
    await page.click('#play');
    // From the network as it stands, Play starts at the first date and moves on by itself.
    await page.waitForSelector(`body[data-ready="true"][data-as-of="${data.dates[1]}"]`, { timeout: 30_000 });
    expect(await page.getAttribute('#play', 'aria-pressed')).toBe('true');
    await page.click('#play');
    expect(await page.getAttribute('#play', 'aria-pressed')).toBe('false');
    const pausedAt = await page.inputValue('#as-of');
    await page.waitForTimeout(2_500);
    expect(await page.inputValue('#as-of')).toBe(pausedAt);
    expect(Number(pausedAt)).toBeLessThan(data.dates.length);
    expect(pageErrors).toEqual([]);
  });

  it('data.json refuses an asOf that is not a date with 400', async () => {
    for (const asOf of ['2025-13', 'yesterday', '2025-02-30']) {
      const response = await fetch(`${server.origin}/explore/data.json?asOf=${encodeURIComponent(asOf)}`);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toContain(
        `asOf must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got "${asOf}"`,
      );
    }
    const twice = await fetch(`${server.origin}/explore/data.json?asOf=2025&asOf=2026`);
    expect(twice.status).toBe(400);
  });
});
