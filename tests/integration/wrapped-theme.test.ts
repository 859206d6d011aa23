/**
 * Wrap safety: every theme component that getSwizzleConfig() calls safe to
 * wrap is wrapped by Docusaurus's own `swizzle --wrap` template (which
 * re-exports the default export only), all in one site, built once. Pages
 * must render as without the wrappers: a component that imports anything but
 * the default export of another swizzlable component breaks here.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import type {Browser, Page} from 'playwright';
import {wrap} from '@docusaurus/core/lib/commands/swizzle/actions.js';
import {getSwizzleConfig} from 'docusaurus-plugin-classification';
import {launch, openPage} from '../support/browser.ts';
import {serve} from '../support/server.ts';
import {buildDemoSite, repoRoot, type Built} from '../support/site.ts';

const fixture = path.join(repoRoot, 'tests/fixtures/sites/wrapped');
// Outside tests/ (see buildDemoSite), and beside the repository's node_modules.
const siteDir = path.join(repoRoot, '.test-output/sites/wrapped');
const themePath = path.join(path.dirname(createRequire(import.meta.url).resolve('docusaurus-plugin-classification')), 'theme');

const wrapSafe = Object.entries(getSwizzleConfig()?.components ?? {})
  .filter(([, config]) => config.actions.wrap === 'safe')
  .map(([name]) => name);

let built: Built;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

/** Text as read: white space collapsed, without the zero-width space of heading anchors. */
const normalize = (text: string): string => text.replace(/\u200B/g, '').replace(/\s+/g, ' ').trim();

/** Opens a page, waits for hydration, and fails on console errors. */
async function open(pathname: string): Promise<Page> {
  const {page, errors} = await openPage(browser, server.url + pathname, {noFavicon: true});
  assert.deepEqual(errors, [], `console errors on ${pathname}`);
  return page;
}

describe('every wrap-safe theme component, wrapped', () => {
  before(async () => {
    fs.rmSync(siteDir, {recursive: true, force: true});
    fs.cpSync(fixture, siteDir, {recursive: true});
    for (const componentName of wrapSafe) {
      // The template `docusaurus swizzle <theme> <component> --wrap` writes by default (JavaScript).
      await wrap({siteDir, themePath, componentName, typescript: false});
    }
    built = buildDemoSite('wrapped', siteDir);
    server = await serve(built.outDir);
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('wraps each component the swizzle config calls wrap-safe', () => {
    const components = fs.readdirSync(themePath).filter((name) => name.startsWith('Classification'));
    assert.deepEqual([...wrapSafe].sort(), components.sort(), 'every component of the theme is wrap-safe');
    for (const name of wrapSafe) {
      const wrapper = fs.readFileSync(path.join(siteDir, 'src/theme', name, 'index.js'), 'utf8');
      assert.match(wrapper, new RegExp(`from '@theme-original/${name}'`));
      assert.doesNotMatch(wrapper, /export \{|export \*/, 'the template re-exports the default export only');
    }
  });

  it('callouts, their badge, since, scope and disclaimer, and an inline badge', async () => {
    const page = await open('/');
    const api = page.locator('.classification-callout[data-classification-level="beta"][data-classification-kind="api"]');
    assert.equal(await api.getAttribute('id'), 'torch_neurontrace');
    assert.equal(await api.locator('.classification-badge').innerText(), 'Beta');
    const text = normalize(await api.innerText());
    assert.match(text, /^Beta torch_neuron\.trace API · since 2\.18 /);
    assert.match(text, /Developer Preview/);
    assert.match(text, /Traces a model\.$/);
    const model = page.locator('#llama[data-classification-level="alpha"][data-classification-kind="model"]');
    assert.match(normalize(await model.innerText()), /^Alpha Llama Model class · PyTorch Neuron · training · since 2\.19 /);
    const inline = page.locator('p', {hasText: 'An inline badge'}).locator('.classification-badge[data-classification-level="beta"]');
    assert.equal(await inline.innerText(), 'Beta');
    await page.close();
  });

  it('the level table, the embedded list and the matrix', async () => {
    const page = await open('/');
    const table = page.locator('.classification-table[data-classification-kind="api"]');
    assert.deepEqual(await table.locator('tbody th').allInnerTexts(), ['Alpha', 'Beta', 'Stable']);
    assert.match(await table.locator('.classification-disclaimer').innerText(), /Developer Preview/);
    const entries = page.locator('.classification-list [data-classification-entry]');
    assert.deepEqual((await entries.allInnerTexts()).map(normalize), ['torch_neuron.trace Beta — Items (since 2.18)', 'trace_v0 Deprecated — Runtime']);
    assert.equal(await entries.getByRole('link', {name: 'torch_neuron.trace'}).getAttribute('href'), '/#torch_neurontrace');
    const cell = page.locator('table.classification-matrix').getByRole('link', {name: 'Llama, PyTorch Neuron · training: Alpha'});
    assert.equal(await cell.getAttribute('href'), '/#llama');
    await page.close();
  });

  it('the banner of a page classified in its front matter, and its sidebar badge', async () => {
    const page = await open('/runtime');
    const banner = page.locator('.classification-banner[data-classification-level="beta"][data-classification-kind="package"]');
    assert.match(normalize(await banner.innerText()), /^Beta Package \/ library · since 2\.17 .*Developer Preview/);
    assert.equal(await page.getByRole('link', {name: 'Runtime Beta', exact: true}).count(), 1);
    await page.close();
  });

  it('the index page: entries by kind and level, with since, and the matrix', async () => {
    const page = await open('/classification');
    assert.equal(await page.getByRole('heading', {level: 1}).count(), 1);
    assert.deepEqual((await page.getByRole('heading', {level: 3}).allInnerTexts()).map(normalize), [
      'Beta APIs',
      'Deprecated APIs',
      'Beta Packages / Libraries',
      'Alpha Model classes',
    ]);
    const entries = page.locator('[data-classification-entry]');
    assert.deepEqual((await entries.allInnerTexts()).map(normalize), [
      'torch_neuron.trace Beta — Items (since 2.18)',
      'trace_v0 Deprecated — Runtime',
      'Runtime Beta (since 2.17)',
      'Llama Alpha PyTorch Neuron · training — Items (since 2.19)',
    ]);
    assert.equal(await page.locator('table.classification-matrix').count(), 1);
    await page.close();
  });

  it("the reader control hides previews and keeps the choice in the site's storage, namespaced as Docusaurus does", async () => {
    const page = await open('/');
    const previews = page.getByRole('checkbox', {name: 'Hide previews (Alpha, Beta)'});
    await previews.check();
    const body = page.locator('#torch_neurontrace .classification-callout__body');
    assert.equal(await body.isVisible(), false);
    assert.equal(await page.locator('#torch_neurontrace .classification-callout__header').isVisible(), true);
    const stored = () =>
      page.evaluate(() => [
        window.sessionStorage.getItem('docusaurus.classification.hide-docs-a'),
        Object.keys(window.localStorage).filter((key) => key.startsWith('docusaurus.classification')),
      ]);
    assert.deepEqual(await stored(), ['preview', []]);
    // Applied by the inline script before the page hydrates, then by the control.
    await page.reload({waitUntil: 'domcontentloaded'});
    assert.equal(await page.locator('html').getAttribute('data-classification-hide'), 'preview');
    await page.waitForSelector('html[data-has-hydrated="true"]');
    assert.equal(await previews.isChecked(), true);
    assert.equal(await body.isVisible(), false);
    await page.close();
  });

  it('one reader control on a page whose partial renders one too, offering what both hide', async () => {
    const page = await open('/runtime');
    const groups = page.getByRole('group', {name: 'Classified content'});
    // The control loads its chunk once the page has hydrated.
    await groups.first().waitFor();
    assert.equal(await groups.count(), 1);
    assert.deepEqual(await groups.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => box.parentElement?.textContent)), [
      'Hide previews (Alpha, Beta)',
      'Hide retired items (Deprecated)',
    ]);
    await groups.getByRole('checkbox', {name: 'Hide retired items (Deprecated)'}).check();
    const retired = page.locator('.classification-callout').filter({hasText: 'trace_v0'});
    assert.equal(await retired.locator('.classification-callout__body').isVisible(), false);
    assert.equal(await page.locator('html').getAttribute('data-classification-hide'), 'retired');
    await page.close();
  });
});
