/**
 * `docusaurus start`: editing a doc or the registry updates the index, the
 * page badges and the sidebar without a restart.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import type {Browser, Page} from 'playwright';
import {launch} from '../support/browser.ts';
import {startDevServer, type DevServer} from '../support/dev-server.ts';
import {childEnv, repoRoot} from '../support/site.ts';

const site = path.join(repoRoot, '.test-output', 'live-site');
let server: DevServer;
let url: string;
let browser: Browser;

/** Reloads `pathname` until `check` passes (the dev server recompiles after an edit). */
async function eventually(page: Page, pathname: string, check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    await page.goto(url + pathname);
    // While it recompiles, the server may hold the page: try again rather than fail (the deadline says when to stop).
    const hydrated = await page.waitForSelector('html[data-has-hydrated="true"]', {timeout: 15_000}).then(
      () => true,
      () => false,
    );
    if (hydrated && (await check())) {
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}\n${server.log().slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/**
 * Saves as an editor that writes in place: the file emptied, then written. The dev server's watcher
 * reports the first change and drops a second one within 50 ms of it.
 */
async function saveInPlace(file: string, text: string): Promise<void> {
  fs.writeFileSync(file, '');
  await new Promise((resolve) => setTimeout(resolve, 20));
  fs.writeFileSync(file, text);
}

describe('live reload under docusaurus start', () => {
  before(async () => {
    fs.rmSync(site, {recursive: true, force: true});
    fs.cpSync(path.join(repoRoot, 'tests/fixtures/sites/live'), site, {recursive: true});
    const cli = createRequire(import.meta.url).resolve('@docusaurus/core/bin/docusaurus.mjs');
    server = await startDevServer(process.execPath, [cli, 'start', site], {env: childEnv({DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'})});
    url = server.url;
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(site, {recursive: true, force: true});
  });

  it('a level changed in a doc reaches the page and the index', async () => {
    const page = await browser.newPage();
    await eventually(page, '/classification', async () => (await page.locator('[data-classification-entry][data-classification-level="beta"]').count()) === 2, 'the first index');
    fs.writeFileSync(path.join(site, 'docs/index.md'), '---\nslug: /\ntitle: Home\n---\n\n## trace :alpha{kind=api}\n');
    await eventually(
      page,
      '/classification',
      async () => (await page.locator('[data-classification-entry][data-classification-level="alpha"]').count()) === 1,
      'the index to show trace as Alpha',
    );
    await eventually(page, '/', async () => (await page.getByRole('heading', {name: 'trace Alpha'}).count()) === 1, 'the page badge');
    await page.close();
  });

  it('a level changed in the registry reaches the index, the banner and the sidebar', async () => {
    const page = await browser.newPage();
    const registry = path.join(site, 'classification.yml');
    await saveInPlace(registry, fs.readFileSync(registry, 'utf8').replace('level: beta', 'level: alpha'));
    await eventually(
      page,
      '/classification',
      async () => (await page.locator('[data-classification-entry][data-classification-level="alpha"]').count()) === 2,
      'the index to show the registry change',
    );
    await eventually(
      page,
      '/runtime',
      async () =>
        (await page.getByRole('link', {name: 'Runtime Alpha', exact: true}).count()) === 1 &&
        (await page.locator('.classification-banner[data-classification-level="alpha"][data-classification-kind="package"]').count()) === 1,
      'the sidebar and the banner',
    );
    await page.close();
  });

  /** Waits until the dev server's error overlay (webpack-dev-server's) shows text matching `expected`. */
  async function overlay(page: Page, expected: RegExp, what: string): Promise<string> {
    const deadline = Date.now() + 90_000;
    for (;;) {
      const frame = page.frameLocator('#webpack-dev-server-client-overlay').locator('body');
      const text = (await page.locator('#webpack-dev-server-client-overlay').count()) > 0 ? await frame.innerText().catch(() => '') : '';
      if (expected.test(text)) {
        return text;
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${what} in the error overlay (it shows: ${text || 'nothing'})\n${server.log().slice(-3000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  it('a content error shows in the error overlay, as an MDX error does, and goes once fixed', async () => {
    const page = await browser.newPage();
    await eventually(page, '/', async () => (await page.getByRole('heading', {name: /^trace/}).count()) === 1, 'the page');
    const doc = path.join(site, 'docs/index.md');
    const good = fs.readFileSync(doc, 'utf8');
    fs.writeFileSync(doc, good.replace(/:(alpha|beta)\{kind=api\}/, ':$1{kind=apii}'));
    const text = await overlay(page, /unknown kind "apii" in :(alpha|beta)/, 'the unknown kind');
    assert.match(text, /Invalid classification: .*docs\/index\.md:6:\d+: unknown kind "apii"/);
    fs.writeFileSync(doc, good);
    await eventually(
      page,
      '/',
      async () => (await page.locator('#webpack-dev-server-client-overlay').count()) === 0 && (await page.getByRole('heading', {name: /^trace/}).count()) === 1,
      'the fixed page without the overlay',
    );
    await page.close();
  });

  it('a registry error shows in the error overlay of the pages that mention it', async () => {
    const page = await browser.newPage();
    await eventually(page, '/runtime', async () => (await page.locator('.classification-banner').count()) === 1, 'the runtime page');
    const registry = path.join(site, 'classification.yml');
    const good = fs.readFileSync(registry, 'utf8');
    fs.writeFileSync(registry, good.replace('kind: package', 'kind: pakage'));
    const text = await overlay(page, /unknown kind "pakage" in "runtime"/, 'the registry problem');
    assert.match(text, /classification\.yml:3:9: unknown kind "pakage" in "runtime"; expected one of api, package, feature, model/);
    fs.writeFileSync(registry, good);
    await eventually(
      page,
      '/runtime',
      async () => (await page.locator('#webpack-dev-server-client-overlay').count()) === 0 && (await page.locator('.classification-banner').count()) === 1,
      'the page without the overlay',
    );
    await page.close();
  });
});
