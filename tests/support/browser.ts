/**
 * A real Chromium for the browser tests: $CHROMIUM_PATH, Debian's
 * /usr/bin/chromium, or Playwright's own download, in that order.
 */
import fs from 'node:fs';
import {chromium, type Browser} from 'playwright';

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
