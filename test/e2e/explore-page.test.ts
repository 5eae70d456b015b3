import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { offlinePage, requireChromium } from '../support/headless-chromium';
import { repoRoot } from '../../src/config';
import type { ExploreData } from '../../src/http/explore/explore-data';
import { startTestServer } from '../support/test-server';

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
});
