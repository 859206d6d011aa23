/**
 * A real Chromium for the browser tests: $CHROMIUM_PATH, Debian's
 * /usr/bin/chromium, or Playwright's own download, in that order.
 */
import fs from 'node:fs';
import assert from 'node:assert/strict';
import {chromium, type Browser, type Page} from 'playwright';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    return fromEnv;
  }
  const system = CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (system) {
    return system;
  }
  const bundled = chromium.executablePath();
  return fs.existsSync(bundled) ? bundled : undefined;
}

export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      'No Chromium found for the browser tests. Install one: `apt-get install -y chromium` (Debian) or `npx playwright install chromium`, or set CHROMIUM_PATH.',
    );
  }
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Opens `url` in a new tab, waits for hydration, and returns the console
 * errors seen until then. `noFavicon`: for a fixture without one, whose 404
 * (Chromium asks anyway) would be a console error.
 */
export async function openPage(browser: Browser, url: string, {noFavicon = false} = {}): Promise<{page: Page; errors: string[]}> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(error.message));
  if (noFavicon) {
    await page.route('**/favicon.ico', (route) => route.fulfill({status: 204}));
  }
  const response = await page.goto(url);
  assert.equal(response?.status(), 200, `${url} is served`);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  return {page, errors};
}
