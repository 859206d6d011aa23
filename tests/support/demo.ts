/**
 * The demo site as the browser tests read it: built once per test run
 * (tests/run.mjs runs its files side by side), served, and a Chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import {after, before} from 'node:test';
import type {Browser, Page} from 'playwright';
import type {IndexEntry} from 'docusaurus-plugin-classification';
import {launch, openPage} from './browser.ts';
import {serve} from './server.ts';
import {repoRoot, sharedBuild, type Built} from './site.ts';

export interface Demo {
  built: Built;
  server: Awaited<ReturnType<typeof serve>>;
  browser: Browser;
  /** classification.json of the demo's default instance. */
  json: IndexEntry[];
  /** Opens a page, waits for hydration, and returns the console errors seen. */
  open(pathname: string): Promise<{page: Page; errors: string[]}>;
}

/** Text as read: white space collapsed. */
export const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The index shows the default docs version (2.x, "current") and everything unversioned. */
export const inDefaultView = (entry: IndexEntry): boolean => entry.version === undefined || entry.version === 'current';

/** The locator's count once it settles on `expected` (React renders after events), or the last seen. */
export async function settledCount(locator: ReturnType<Page['locator']>, expected: number): Promise<number> {
  const deadline = Date.now() + 5000;
  let count = await locator.count();
  while (count !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    count = await locator.count();
  }
  return count;
}

/**
 * The demo for the tests of the calling `describe`: its fields are set
 * before they run. Built with Docusaurus Faster (Rspack, SWC): the webpack
 * builds are the fixture sites' (wrapped theme, the packed plugin in a fresh
 * site) and the dev server's.
 */
export function useDemo(): Demo {
  const demo = {} as Demo;
  before(async () => {
    demo.built = await sharedBuild('demo', repoRoot, {DOCUSAURUS_FASTER: 'true'});
    demo.server = await serve(demo.built.outDir);
    demo.browser = await launch();
    demo.json = JSON.parse(fs.readFileSync(path.join(demo.built.outDir, 'classification.json'), 'utf8'));
    demo.open = (pathname) => openPage(demo.browser, demo.server.url + pathname);
  });
  after(async () => {
    await demo.browser?.close();
    await demo.server?.close();
  });
  return demo;
}
