import fs from 'node:fs';
import { Browser, chromium, Page } from 'playwright-core';

// Headless Chromium for the page tests (/explore, /review). Chromium is
// required (.ci/run installs it): a missing browser fails the suite rather
// than skipping it.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Throws, naming the test, when Chromium is not installed. */
export function requireChromium(test: string): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`The ${test} test needs Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  }
}

/**
 * A browser and one page that may load nothing from outside `origin` (no
 * CDN), with the page's uncaught errors collected into `pageErrors`.
 */
export async function offlinePage(
  origin: string,
  viewport: { width: number; height: number },
  pageErrors: string[],
): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage({ viewport });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  return { browser, page };
}
