/**
 * The demo site, built once, read in a real Chromium the way a reader sees it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {AxeBuilder} from '@axe-core/playwright';
import type {Browser, Page} from 'playwright';
import type {IndexEntry} from 'docusaurus-plugin-classification';
import {launch, openPage} from '../support/browser.ts';
import {parseFeed} from '../support/feed.ts';
import {callout as findCallout, landmarks} from '../support/items.ts';
import {writtenItems} from '../support/oracle.ts';
import {readSeed, seedNotes, seedSkip, seedTables} from '../support/seed.ts';
import {serve} from '../support/server.ts';
import {buildDemoSite, DEMO_REPORTS, reportedLines, repoRoot, TEST_TODAY, type Built} from '../support/site.ts';

type Entry = IndexEntry;

let built: Built;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let json: Entry[];

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The index shows the default docs version (2.x, "current") and everything unversioned. */
const inDefaultView = (entry: Entry): boolean => entry.version === undefined || entry.version === 'current';

/** The locator's count once it settles on `expected` (React renders after events), or the last seen. */
async function settledCount(locator: ReturnType<Page['locator']>, expected: number): Promise<number> {
  const deadline = Date.now() + 5000;
  let count = await locator.count();
  while (count !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    count = await locator.count();
  }
  return count;
}

/** Opens a page, waits for hydration, and returns the console errors seen. */
const open = (pathname: string): Promise<{page: Page; errors: string[]}> => openPage(browser, server.url + pathname);

describe('demo site in Chromium', () => {
  before(async () => {
    built = buildDemoSite();
    server = await serve(built.outDir);
    browser = await launch();
    json = JSON.parse(fs.readFileSync(path.join(built.outDir, 'classification.json'), 'utf8'));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('builds without an unused directive, the plugin reporting only the deprecated API still documented past its removal', () => {
    assert.match(built.log, /webpackbar/, 'the default bundler (the Faster build is tests/integration/faster.test.ts)');
    assert.doesNotMatch(built.log, /unused Markdown directives/);
    assert.deepEqual(reportedLines(built.log), DEMO_REPORTS);
  });

  it('classification.json lists every item written in the sources', () => {
    const written = writtenItems(
      repoRoot,
      ['site/docs', 'versioned_docs', 'site/blog', 'site/src/pages'],
      'site/classification.yml',
    );
    const key = (item: {source: string; level: string; kind: string}) => `${item.source} ${item.level} ${item.kind}`;
    assert.deepEqual(json.map(key).sort(), written.map(key).sort());
    assert.ok(written.length >= 20, `the demo classifies ${written.length} items`);
    assert.ok(json.some((entry) => entry.anchor === '/apis/torch-neuron#torch_neurontrace' && entry.level === 'beta'));
  });

  it('the index page lists exactly the Alpha, Beta and Deprecated items, grouped by kind then level', async () => {
    const {page, errors} = await open('/classification');
    const preview = json.filter((entry) => ['alpha', 'beta', 'deprecated'].includes(entry.level) && inDefaultView(entry));
    const entries = page.locator('[data-classification-entry]');
    assert.equal(await entries.count(), preview.length);
    const hrefs = await entries.evaluateAll((items) =>
      items.map((item) => item.querySelector('a')?.getAttribute('href') ?? ''),
    );
    // A registry item that no page mentions and that names no page has no link.
    assert.deepEqual([...hrefs].sort(), preview.map((entry) => entry.anchor).sort());
    assert.ok(preview.some((entry) => entry.form === 'registry' && entry.anchor === ''));
    assert.ok(preview.some((entry) => entry.form === 'registry' && entry.anchor === '/features/neuron-features'));
    assert.equal(await page.getByRole('heading', {level: 2, name: 'APIs'}).count(), 1);
    assert.equal(await page.getByRole('heading', {level: 3, name: 'Beta Packages / Libraries'}).count(), 1);
    assert.equal(await page.getByRole('link', {name: 'torch_neuron.trace'}).first().getAttribute('href'), '/apis/torch-neuron#torch_neurontrace');
    assert.equal(await page.getByText('Neuron Profiler', {exact: true}).count(), 0, 'Stable items are not listed');
    const kinds = await page.locator('section[data-classification-kind]').evaluateAll((sections) =>
      sections.map((section) => section.getAttribute('data-classification-kind')),
    );
    assert.deepEqual(kinds, ['api', 'package', 'feature', 'model', 'instance']);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('every index link lands on an element with that id, level and kind', async () => {
    const byPage = new Map<string, Entry[]>();
    // Registry-only items link to their page (or nowhere), not to an element.
    for (const entry of json.filter((item) => item.level !== 'stable' && item.form !== 'registry')) {
      byPage.set(entry.permalink, [...(byPage.get(entry.permalink) ?? []), entry]);
    }
    for (const [permalink, entries] of byPage) {
      const {page, errors} = await open(permalink);
      for (const entry of entries) {
        const target = page.locator(`[id="${entry.id}"]`);
        assert.equal(await target.count(), 1, `${entry.anchor} exists once`);
        assert.equal(await target.getAttribute('data-classification-level'), entry.level, entry.anchor);
        assert.equal(await target.getAttribute('data-classification-kind'), entry.kind, entry.anchor);
        // Visible, unless it sits in a tab the reader has not opened (Docusaurus Tabs hide them).
        const inClosedTab = await target.evaluate((element) => Boolean(element.closest('[role="tabpanel"][hidden]')));
        assert.ok(inClosedTab || (await target.isVisible()), `${entry.anchor} is visible`);
      }
      assert.deepEqual(errors, [], `console errors on ${permalink}`);
      await page.close();
    }
  });

  it('every page: clean heading ids and TOC, no directive text left, no console error', async () => {
    const permalinks = [...new Set(json.map((entry) => entry.permalink)), '/', '/sdk-classification'];
    for (const permalink of permalinks) {
      const {page, errors} = await open(permalink);
      const ids = await page.locator('article :is(h2, h3, h4)[id]').evaluateAll((headings) => headings.map((heading) => heading.id));
      for (const id of ids) {
        assert.doesNotMatch(id, /-$|:|\{|kind/, `heading id "${id}" on ${permalink}`);
      }
      const toc = await page.locator('.table-of-contents a').allTextContents();
      for (const text of toc) {
        assert.doesNotMatch(text, /:(alpha|beta|stable)|\{/, `TOC entry "${text}" on ${permalink}`);
      }
      const text = await page.locator('article').innerText();
      assert.doesNotMatch(text, /:::|\{kind=|\{#/, `directive text left on ${permalink}`);
      assert.deepEqual(errors, [], `console errors on ${permalink}`);
      await page.close();
    }
  });

  it('heading items show their badge in the heading and, styled, in the TOC', async () => {
    const {page} = await open('/apis/torch-neuron');
    const heading = page.getByRole('heading', {level: 2, name: 'torch_neuron.trace Beta'});
    assert.ok(await heading.isVisible());
    assert.equal(await heading.getAttribute('id'), 'torch_neurontrace');
    const badge = heading.locator('.classification-badge[data-classification-level="beta"]');
    assert.equal(await badge.textContent(), 'Beta');
    const tocEntry = page.locator('.table-of-contents a[href="#torch_neurontrace"]');
    // Promoted in 2.x: "New" after the badge (newFor: 1), in the TOC too.
    assert.equal(normalize(await tocEntry.innerText()), 'torch_neuron.trace Beta New');
    assert.equal(await tocEntry.locator('.classification-badge--beta').count(), 1);
    const background = await badge.evaluate((element) => getComputedStyle(element).backgroundColor);
    assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'the badge is styled');
    await page.close();
  });

  it('preview callouts and banners carry the disclaimer; Stable ones do not', async () => {
    const {page} = await open('/apis/torch-neuron');
    const callout = findCallout(page, 'torch_neuron.dynamic_batch');
    assert.ok(await callout.isVisible());
    assert.equal(await landmarks(page, page.locator('.classification-callout')).count(), 0, 'callouts are not landmarks');
    assert.match(normalize(await callout.innerText()), /^Beta New torch_neuron\.dynamic_batch API .*Alpha and Beta classified APIs are APIs in a Developer Preview release \(see AWS SDK policy\)/);
    assert.equal(
      await callout.getByRole('link', {name: 'AWS SDK policy'}).getAttribute('href'),
      'https://docs.aws.amazon.com/sdkref/latest/guide/maint-policy.html',
    );
    assert.ok(await page.getByText('Beta', {exact: true}).first().isVisible(), 'inline badge');
    await page.close();

    const beta = await open('/packages/neuronx-distributed');
    const banner = beta.page.locator('.classification-banner[data-classification-level="beta"][data-classification-kind="package"]');
    assert.ok(await banner.isVisible());
    assert.equal(await landmarks(beta.page, banner).count(), 0, 'the banner is not a landmark');
    assert.match(normalize(await banner.innerText()), /^Beta New Package \/ library · since 2\.15 Alpha and Beta classified packages\/libraries are packages\/libraries in a Developer Preview release/);
    await beta.page.close();

    const stable = await open('/packages/neuron-runtime');
    const quiet = stable.page.locator('.classification-banner[data-classification-level="stable"][data-classification-kind="package"]');
    assert.ok(await quiet.isVisible());
    assert.match(normalize(await quiet.innerText()), /^Stable Package \/ library/);
    assert.doesNotMatch(await quiet.innerText(), /Developer Preview/);
    await stable.page.close();

    const features = await open('/features/neuron-features');
    const profiler = findCallout(features.page, 'Neuron Profiler');
    assert.ok(await profiler.isVisible());
    assert.match(normalize(await profiler.innerText()), /^Stable New Neuron Profiler Feature/);
    assert.doesNotMatch(await profiler.innerText(), /Developer Preview/);
    await features.page.close();
  });

  it('the seed page: generated tables equal the seed cell for cell', {skip: seedSkip}, async () => {
    const rst = readSeed();
    const expected = seedTables(rst);
    assert.equal(expected.length, 4);
    const {page} = await open('/sdk-classification');
    const tables = await page.locator('.classification-table table').evaluateAll((elements) =>
      elements.map((table) =>
        [...table.querySelectorAll('tr')].map((row) =>
          [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
        ),
      ),
    );
    assert.deepEqual(tables, expected);
    await page.close();
  });

  it('the seed page: notes, disclaimers and footnotes read as in the seed', {skip: seedSkip}, async () => {
    const expected = seedNotes(readSeed());
    const {page} = await open('/sdk-classification');
    // Admonitions (notes and the generated disclaimers) and the tables' footnotes, in page order.
    const notes = await page
      .locator('article :is(.theme-admonition [class*="admonitionContent"], .classification-table > p)')
      .evaluateAll((elements) => elements.map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()));
    assert.equal(expected.length, 10);
    assert.deepEqual(notes, expected);
    await page.close();
  });

  it('::classification-list embeds the index in a page', async () => {
    const {page} = await open('/models/model-classes');
    const list = page.locator('.classification-list [data-classification-entry]');
    const models = json.filter((entry) => entry.kind === 'model' && entry.level !== 'stable' && inDefaultView(entry));
    assert.equal(await list.count(), models.length);
    await page.close();
  });

  it('without JavaScript: badges, callouts, disclaimers, tables and the full index are in the HTML', async () => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(`${server.url}/apis/torch-neuron`);
    assert.equal(await page.getByRole('heading', {level: 2, name: 'torch_neuron.trace Beta'}).count(), 1);
    const callout = findCallout(page, 'torch_neuron.dynamic_batch');
    assert.match(await callout.innerText(), /Developer Preview/);

    await page.goto(`${server.url}/sdk-classification`);
    assert.equal(await page.locator('.classification-table table').count(), 4);
    assert.equal(await page.locator('.classification-table td').filter({hasText: 'Minimal Viable Product (MVP)*'}).count(), 2);

    await page.goto(`${server.url}/classification`);
    const preview = json.filter((entry) => entry.level !== 'stable' && inDefaultView(entry));
    assert.equal(await page.locator('[data-classification-entry]').count(), preview.length);
    assert.equal(
      await page.locator('[data-classification-entry] a[href*="#"]').count(),
      preview.filter((entry) => entry.anchor.includes('#')).length,
    );
    assert.equal(await page.locator('html[data-has-hydrated="true"]').count(), 0, 'JavaScript really is off');
    await context.close();
  });

  it('sidebar: classified docs and all-preview categories carry their badge in the link name', async () => {
    const {page, errors} = await open('/labs/nki-samples');
    const sidebar = page.getByRole('navigation', {name: 'Docs sidebar'});
    // Pages new in 2.x: "New" after the level, in the name as on screen.
    assert.equal(await sidebar.getByRole('link', {name: 'NKI samples Alpha · New', exact: true}).count(), 1);
    assert.equal(await sidebar.getByRole('link', {name: 'Neuron Monitor exporter Beta · New', exact: true}).count(), 1);
    // Neuron Labs holds an Alpha and a Beta doc: the category shows the least mature.
    assert.equal(await sidebar.getByRole('button', {name: 'Alpha Neuron Labs', exact: true}).count(), 1);
    // Not all of these are previews, and a Stable page gets no sidebar badge.
    assert.equal(await sidebar.getByRole('button', {name: 'Packages and libraries', exact: true}).count(), 1);
    await sidebar.getByRole('button', {name: 'Packages and libraries', exact: true}).click();
    // The category renders its items once expanded: wait for them.
    await sidebar.getByRole('link', {name: 'Neuron Runtime', exact: true}).waitFor();
    assert.equal(await sidebar.getByRole('link', {name: 'NeuronX Distributed Beta · New', exact: true}).count(), 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a page with items reached by a link shows them in its first render: their components load with it, nothing flashes', async () => {
    // A page without items loads no component: the first page with items, opened by a link, loads them.
    const itemsChunk = /\/assets\/js\/classification\.[0-9a-f]+\.js$/;
    const {page, errors} = await open('/packages/pytorch-neuron');
    assert.equal(await page.locator('article [data-classification-level]').count(), 0);
    const chunks: string[] = [];
    page.on('request', (request) => {
      if (itemsChunk.test(new URL(request.url()).pathname)) {
        chunks.push(request.url());
      }
    });
    assert.deepEqual(
      await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => /\/classification\.[0-9a-f]+\.js$/.test(entry.name)).length),
      0,
      'the page without items did not load the components',
    );
    // Every state of the page the reader could see, from the click on.
    await page.evaluate(() => {
      const seen: [string, string, number][] = [];
      Object.assign(window, {seen});
      new MutationObserver(() => {
        seen.push([location.pathname, document.querySelector('article h1')?.textContent ?? '', document.querySelectorAll('article [data-classification-level]').length]);
      }).observe(document.body, {subtree: true, childList: true, attributes: true});
    });
    const sidebar = page.getByRole('navigation', {name: 'Docs sidebar'});
    await sidebar.getByRole('link', {name: /^NeuronX Distributed/}).click();
    await page.waitForURL('**/packages/neuronx-distributed');
    const title = page.locator('article h1');
    await title.filter({hasText: 'NeuronX Distributed'}).waitFor();
    await page.waitForLoadState('networkidle');
    const items = await page.locator('article [data-classification-level]').count();
    assert.ok(items >= 2, `the page shows its banner and badges (${items})`);
    assert.equal(chunks.length, 1, 'the link loaded the components once');
    const seen = (await page.evaluate(() => (window as unknown as {seen: [string, string, number][]}).seen)).filter(
      ([pathname, heading]) => pathname === '/packages/neuronx-distributed' && heading.startsWith('NeuronX Distributed'),
    );
    assert.ok(seen.length > 0);
    assert.deepEqual(
      seen.filter(([, , count]) => count !== items),
      [],
      'no state of the new page shows its content without its items',
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('links to preview pages and items get a badge, other links and headings do not', async () => {
    const {page} = await open('/labs/neuron-monitor-exporter');
    const article = page.locator('article');
    assert.equal(await article.getByRole('link', {name: 'torch_neuron.trace Beta', exact: true}).count(), 1);
    assert.equal(await article.getByRole('link', {name: 'NKI samples Alpha', exact: true}).count(), 1);
    await page.goto(`${server.url}/sdk-classification`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    assert.equal(await page.locator('article').getByRole('link', {name: 'Neuron Runtime', exact: true}).count(), 1, 'Stable: no badge');
    assert.equal(await page.locator('.table-of-contents .classification-badge--link').count(), 0);
    assert.equal(await page.locator('nav.menu .classification-badge--link').count(), 0);
    await page.close();
  });

  it('classified pages carry docsearch meta tags with their level', async () => {
    const {page} = await open('/packages/neuronx-distributed');
    assert.equal(await page.locator('meta[name="docsearch:classification"]').getAttribute('content'), 'beta');
    assert.equal(await page.locator('meta[name="docsearch:classification_kind"]').getAttribute('content'), 'package');
    await page.goto(`${server.url}/packages/pytorch-neuron`);
    assert.equal(await page.locator('meta[name="docsearch:classification"]').count(), 0);
    await page.close();
  });

  it('the index filters by kind, level and text, with counts, and keeps the view in the URL', async () => {
    const {page, errors} = await open('/classification');
    const preview = json.filter((entry) => entry.level !== 'stable' && inDefaultView(entry));
    const entries = page.locator('[data-classification-entry]');
    const kind = page.getByRole('combobox', {name: 'Kind'});
    const apis = preview.filter((entry) => entry.kind === 'api');
    assert.equal(
      await kind.locator('option[value="api"]').textContent(),
      `APIs (${apis.length})`,
    );
    await kind.selectOption('api');
    assert.equal(await settledCount(entries, apis.length), apis.length);
    await page.getByRole('combobox', {name: 'Level'}).selectOption('alpha');
    const alphaApis = apis.filter((entry) => entry.level === 'alpha');
    assert.equal(await settledCount(entries, alphaApis.length), alphaApis.length);
    await page.getByRole('searchbox', {name: 'Name contains'}).fill('distribution');
    assert.equal(await settledCount(entries, 1), 1);
    assert.equal(normalize(await page.getByRole('status').innerText()), `Showing 1 of ${preview.length} items`);
    assert.equal(new URL(page.url()).search, '?kind=api&level=alpha&q=distribution');
    // What a reader, and assistive technology, is left with: one list item under one kind and level.
    const main = page.locator('main');
    assert.equal(await main.getByRole('listitem').count(), 1);
    assert.deepEqual((await main.getByRole('heading', {level: 2}).allInnerTexts()).map((text) => normalize(text.replace(/\u200b/g, ''))), ['APIs']);
    assert.deepEqual((await main.getByRole('heading', {level: 3}).allInnerTexts()).map((text) => normalize(text.replace(/\u200b/g, ''))), ['Alpha APIs']);
    assert.equal(await page.locator('section[data-classification-kind="model"]').isHidden(), true);
    // A shared link opens the same view.
    const shared = await open('/classification?kind=model&level=beta');
    const betaModels = preview.filter((entry) => entry.kind === 'model' && entry.level === 'beta');
    await shared.page.waitForFunction((count) => document.querySelectorAll('[data-classification-entry]').length === count, betaModels.length);
    assert.equal(await shared.page.getByRole('link', {name: 'What each level promises'}).getAttribute('href'), '/sdk-classification');
    assert.deepEqual([...errors, ...shared.errors], []);
    await shared.page.close();
    await page.close();
  });

  it('::classification-matrix shows model classes by framework and workload', async () => {
    const {page} = await open('/models/model-classes');
    const matrix = page.locator('article table.classification-matrix');
    assert.equal(await matrix.count(), 1);
    const headers = await matrix.locator('thead th').allTextContents();
    assert.deepEqual(headers, [
      'Model class',
      'NeuronX Distributed · inference',
      'NeuronX Distributed · training',
      'PyTorch Neuron · inference',
      'PyTorch NeuronX · inference',
      'PyTorch NeuronX · training',
    ]);
    const llama = matrix.getByRole('row', {name: /^Llama 2 7B/});
    assert.deepEqual(
      (await llama.locator('td').allInnerTexts()).map(normalize),
      ['—\nnot declared', '—\nnot declared', '—\nnot declared', 'Stable', 'Beta'].map(normalize),
    );
    assert.equal(
      await llama.getByRole('link', {name: 'Llama 2 7B, PyTorch NeuronX · training: Beta'}).getAttribute('href'),
      '/models/model-classes#llama-2-7b-pytorch-neuronx-training',
    );
    await page.close();
  });

  it("a kind of the site's own scoped by region (requires: ['region']) works wherever a model class does", async () => {
    const {page, errors} = await open('/instances/trn2');
    // Front matter: the page is Beta in one Region, its banner says which.
    const banner = page.locator('.classification-banner');
    assert.equal(await banner.getAttribute('id'), 'trn2-instances-us-east-2');
    assert.match(normalize(await banner.locator('.classification-banner__header').innerText()), /^Beta New Instance type · us-east-2 · since 2\.20$/);
    // A heading item and two callouts, one of them a registry cell.
    const heading = page.getByRole('heading', {name: /Trn2 in Europe \(Stockholm\)/});
    assert.equal(await heading.getAttribute('data-classification-kind'), 'instance');
    assert.equal(await heading.getAttribute('id'), 'trn2-in-europe-stockholm');
    const metas = await page.locator('.classification-callout .classification-callout__meta').allInnerTexts();
    assert.deepEqual(metas.map(normalize), ['Instance type · us-east-2', 'Instance type · sa-east-1']);
    assert.equal(await page.locator('section.classification-callout').first().getAttribute('id'), 'trn2-ultraserver-us-east-2');
    // The matrix: a row per item, a column per Region; the registry's cell no page mentions links to the item's page.
    const matrix = page.locator('article table.classification-matrix');
    assert.deepEqual(await matrix.locator('thead th').allTextContents(), ['Instance type', 'eu-north-1', 'sa-east-1', 'us-east-2', 'us-west-2']);
    const ultra = matrix.getByRole('row', {name: /^Trn2 UltraServer/});
    assert.deepEqual((await ultra.locator('td').allInnerTexts()).map(normalize), ['—\nnot declared', '—\nnot declared', 'Beta', 'Alpha'].map(normalize));
    assert.equal(await ultra.getByRole('link', {name: 'Trn2 UltraServer, us-west-2: Alpha'}).getAttribute('href'), '/instances/trn2');
    // Sidebar: the page's level, in the link's name (new in 2.x).
    const sidebar = page.getByRole('navigation', {name: 'Docs sidebar'});
    assert.equal(await sidebar.getByRole('link', {name: 'Trn2 instances Beta · New', exact: true}).count(), 1);
    // The index: the kind's group, and its matrix by Region.
    await page.goto(`${server.url}/classification`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const group = page.locator('section').filter({has: page.getByRole('heading', {name: 'Instance types', level: 2})});
    assert.deepEqual(
      (await group.locator('[data-classification-entry] > a').allTextContents()).sort(),
      ['Inf2 in South America (São Paulo)', 'Trn2 UltraServer', 'Trn2 UltraServer', 'Trn2 in Europe (Stockholm)', 'Trn2 instances'],
    );
    assert.equal(await group.locator('table.classification-matrix caption').textContent(), 'Instance types by region');
    // The JSON: the scope's key beside the other fields.
    const regions = json.filter((entry) => entry.kind === 'instance').map((entry) => `${entry.id} ${(entry as Entry & {region: string}).region}`);
    assert.deepEqual(regions.sort(), [
      'inf2-in-south-america-são-paulo-sa-east-1 sa-east-1',
      'trn2-in-europe-stockholm eu-north-1',
      'trn2-instances-us-east-2 us-east-2',
      'trn2-ultraserver-us-east-2 us-east-2',
      'trn2-ultraserver-us-west-2 us-west-2',
    ]);
    assert.deepEqual(errors, []);
    await page.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`axe finds no violation in the ${theme} theme`, async () => {
      const context = await browser.newContext();
      await context.addInitScript((value) => window.localStorage.setItem('theme', value), theme);
      const violations: string[] = [];
      for (const pathname of ['/classification', '/sdk-classification', '/apis/torch-neuron', '/packages/neuronx-distributed', '/models/model-classes', '/spec/conventions', '/spec/status', '/spec/', '/classification/changes']) {
        const page = await context.newPage();
        await page.goto(server.url + pathname);
        await page.waitForSelector('html[data-has-hydrated="true"]');
        assert.equal(await page.locator('html').getAttribute('data-theme'), theme);
        const results = await new AxeBuilder({page}).analyze();
        for (const violation of results.violations) {
          for (const node of violation.nodes) {
            violations.push(`${pathname}: ${violation.id}: ${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1] ?? ''}`);
          }
        }
        await page.close();
      }
      await context.close();
      assert.deepEqual(violations, []);
    });
  }

  it('the French locale shows translated labels, disclaimers, tables and index', async () => {
    const {page, errors} = await open('/fr/sdk-classification');
    assert.equal(await page.getByRole('heading', {level: 1}).innerText(), 'Classification des logiciels Neuron');
    const api = page.locator('.classification-table[data-classification-kind="api"]');
    assert.deepEqual(await api.locator('thead th').allInnerTexts(), ['Contrat d’API', 'Rétrocompatibilité de l’API']);
    assert.deepEqual(await api.locator('tbody th').allInnerTexts(), ['Alpha', 'Bêta', 'Stable']);
    // The site's own (AWS) wording, translated in site/i18n/fr/docusaurus-plugin-classification/options.json.
    assert.match(normalize(await api.locator('.classification-disclaimer').innerText()), /Les API classées Alpha et Bêta sont des API en version Developer Preview \(voir la politique AWS SDK\)/);
    assert.match(await api.locator('p').last().innerText(), /^\*Si une nouvelle version Neuron/);
    // A built-in translation: the package table's cells are defaults.
    assert.ok(await page.locator('.classification-table[data-classification-kind="package"] td', {hasText: 'Produit minimum viable (MVP)*'}).isVisible());
    await page.goto(`${server.url}/fr/apis/torch-neuron`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const callout = findCallout(page, 'torch_neuron.dynamic_batch');
    assert.match(normalize(await callout.innerText()), /^Bêta Nouveau torch_neuron\.dynamic_batch API /);
    assert.match(await callout.innerText(), /version Developer Preview/);
    assert.equal(await page.getByRole('heading', {level: 2, name: 'torch_neuron.trace Bêta'}).count(), 1);
    await page.goto(`${server.url}/fr/classification`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    assert.equal(await page.getByRole('heading', {level: 1}).innerText(), 'Index de classification');
    assert.equal(await page.getByRole('heading', {level: 3, name: 'Packages / bibliothèques Bêta'}).count(), 1);
    assert.ok(await page.getByRole('combobox', {name: 'Type'}).isVisible());
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('versions, blog posts and pages are indexed; the index switches versions and links stay in theirs', async () => {
    const old = json.find((entry) => entry.version === '1.0' && entry.title === 'torch_neuron.trace')!;
    assert.deepEqual([old.level, old.anchor], ['alpha', '/1.0/apis/torch-neuron#torch_neurontrace']);
    assert.ok(json.some((entry) => entry.source === 'site/blog/2026-11-01-preview-program.md' && entry.level === 'beta'));
    assert.ok(json.some((entry) => entry.source === 'site/src/pages/roadmap.md' && entry.anchor === '/roadmap#neuron-graph-inspector'));
    const {page, errors} = await open('/classification');
    const version = page.getByRole('combobox', {name: 'Version'});
    assert.equal(await version.inputValue(), 'current');
    assert.equal(await page.getByRole('link', {name: 'torch_neuron.trace', exact: true}).getAttribute('href'), '/apis/torch-neuron#torch_neurontrace');
    await version.selectOption('1.0');
    const oneDotZero = json.filter((entry) => entry.level !== 'stable' && (entry.version === undefined || entry.version === '1.0'));
    assert.equal(await settledCount(page.locator('[data-classification-entry]'), oneDotZero.length), oneDotZero.length);
    assert.equal(await page.getByRole('link', {name: 'torch_neuron.trace', exact: true}).getAttribute('href'), '/1.0/apis/torch-neuron#torch_neurontrace');
    assert.equal(new URL(page.url()).search, '?version=1.0');
    // The list in the 1.0 intro shows 1.0's items, not the current ones.
    const intro = await open('/1.0/');
    assert.equal(await intro.page.locator('.classification-list a[href="/1.0/apis/torch-neuron#torch_neurontrace"]').count(), 1);
    assert.equal(await intro.page.locator('.classification-list a[href="/apis/torch-neuron#torch_neurontrace"]').count(), 0);
    assert.deepEqual([...errors, ...intro.errors], []);
    await intro.page.close();
    await page.close();
  });

  it('a deprecated API reads before its removal in the 1.0 docs, and as removed in the 2.x docs, its replacement linked', async () => {
    const expected = {
      '/1.0/apis/torch-neuron': 'Deprecated since 1.0. Will be removed in 2.0. Use torch_neuron.trace instead.',
      '/apis/torch-neuron': 'Removed in 2.0. Use torch_neuron.trace instead.',
    };
    for (const [pathname, text] of Object.entries(expected)) {
      const {page, errors} = await open(pathname);
      const callout = page.locator('section#torch_neurontrace_v1[data-classification-level="deprecated"]');
      assert.equal(normalize((await callout.locator('.classification-retirement').textContent()) ?? ''), text, pathname);
      // Before its removal, the level's notice; past it, the line says it all.
      const notice = callout.locator('.classification-disclaimer');
      if (pathname.startsWith('/1.0/')) {
        assert.match((await notice.textContent()) ?? '', /Deprecated items are kept for compatibility only/);
      } else {
        assert.equal(await notice.count(), 0);
      }
      assert.equal(await callout.getByRole('link', {name: 'torch_neuron.trace', exact: true}).getAttribute('href'), '/apis/torch-neuron#torch_neurontrace');
      assert.deepEqual(errors, []);
      await page.close();
    }
    const removed = json.find((entry) => entry.title === 'torch_neuron.trace_v1' && entry.version === 'current')!;
    assert.deepEqual([removed.level, removed.removal, removed.replacement, removed.staleBy], ['deprecated', '2.0', 'torch-neuron-trace', 'removal']);
    // The index groups retired items apart, and says the item is past its removal.
    const {page} = await open('/classification');
    assert.equal(await page.getByRole('heading', {level: 3, name: 'Deprecated APIs'}).count(), 1);
    const entry = page.locator('[data-classification-entry]').filter({hasText: 'torch_neuron.trace_v1'});
    assert.match(normalize((await entry.textContent()) ?? ''), /removed in 2\.0, still documented/);
    await page.close();
  });

  it('statement items: their text and badge inline in a list, anchored, listed on the index; the registry history after since', async () => {
    const {page, errors} = await open('/apis/torch-neuron');
    const statement = page.locator('li > span#trace-dynamic-batch.classification-statement');
    assert.equal(normalize((await statement.textContent()) ?? ''), 'Batch sizes other than the traced one Beta New');
    assert.equal(await statement.evaluate((element) => getComputedStyle(element).display), 'inline', 'no box');
    assert.equal(await page.locator('span#trace-nested-inputs .classification-badge--alpha').count(), 1, 'an id and no label: the sentence before is its title');
    assert.ok(json.some((entry) => entry.form === 'statement' && entry.title === 'Inputs given as nested lists of tensors' && entry.anchor === '/apis/torch-neuron#trace-nested-inputs'));
    const index = await open('/classification');
    await index.page.getByRole('link', {name: 'Batch sizes other than the traced one', exact: true}).click();
    await index.page.waitForURL(/#trace-dynamic-batch$/);
    // A client-side navigation: the page renders after the URL changes.
    await index.page.locator('#trace-dynamic-batch').waitFor({state: 'visible', timeout: 10_000});
    await index.page.goBack();
    const history = index.page.locator('[data-classification-entry]').filter({hasText: 'NEURON_RT_ASYNC_EXEC'});
    assert.match(normalize((await history.textContent()) ?? ''), /\(since 2\.16; Alpha 2\.14\)/);
    assert.deepEqual(json.find((entry) => entry.ref === 'neuron-rt-async-exec')!.history, [{level: 'alpha', since: '2.14'}, {level: 'beta', since: '2.16'}]);
    assert.deepEqual([...errors, ...index.errors], []);
    await index.page.close();
    await page.close();
  });

  it('the second docs set has its own taxonomy, index route and JSON: seven levels, its default level, its level table', async () => {
    const spec = JSON.parse(fs.readFileSync(path.join(built.outDir, 'spec-classification.json'), 'utf8')) as Entry[];
    const written = writtenItems(repoRoot, ['site/spec'], undefined, ['development', 'alpha', 'beta', 'rc', 'stable', 'deprecated', 'unmaintained']);
    const key = (item: {source: string; level: string; kind: string}) => `${item.source} ${item.level} ${item.kind}`;
    assert.deepEqual(spec.map(key).sort(), written.map(key).sort());
    assert.ok(!json.some((entry) => entry.source.startsWith('site/spec/')), 'the main index holds none of them');
    const {page, errors} = await open('/spec/status');
    assert.equal(await page.getByRole('heading', {level: 1, name: 'Specification status'}).count(), 1);
    // Unmarked components are Alpha, a listed level: the index does not call them "not listed".
    assert.match(normalize((await page.locator('.classification-index-intro').textContent()) ?? ''), /Items without a level of their own are Alpha\./);
    const levels = await page.getByRole('combobox', {name: 'Level'}).locator('option').allTextContents();
    assert.deepEqual(levels.map((text) => text.replace(/ \(\d+\)$/, '')), ['All levels', 'Development', 'Alpha', 'Beta', 'Release Candidate', 'Deprecated', 'Unmaintained']);
    assert.equal(await page.locator('[data-classification-entry]').count(), spec.filter((entry) => entry.level !== 'stable').length);
    const intro = await open('/spec/');
    const rows = await intro.page.locator('.classification-table[data-classification-kind="component"] tbody tr th').allTextContents();
    assert.deepEqual(rows, ['Development', 'Alpha', 'Beta', 'Release Candidate', 'Stable', 'Deprecated', 'Unmaintained']);
    assert.deepEqual([...errors, ...intro.errors], []);
    await intro.page.close();
    await page.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`every level has its own colour in the ${theme} theme, custom levels included`, async () => {
      const context = await browser.newContext();
      await context.addInitScript((value) => window.localStorage.setItem('theme', value), theme);
      const page = await context.newPage();
      await page.goto(`${server.url}/spec/conventions`);
      await page.waitForSelector('html[data-has-hydrated="true"]');
      const colours = await page.locator('section[data-classification-level] .classification-callout__header .classification-badge').evaluateAll((badges) =>
        badges.map((badge) => [badge.getAttribute('data-classification-level'), getComputedStyle(badge).backgroundColor, getComputedStyle(badge).color]),
      );
      const byLevel = new Map(colours.map(([level, background, text]) => [level, `${background} ${text}`]));
      assert.deepEqual([...byLevel.keys()], ['development', 'alpha', 'beta', 'rc', 'stable', 'deprecated', 'unmaintained']);
      assert.equal(new Set(byLevel.values()).size, 7, [...byLevel].join('\n'));
      // The development level's colour is the one its option gives, through its generated token.
      const token = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--classification-development-accent').trim());
      assert.equal(token, '#7b3fbf');
      await context.close();
    });
  }

  it("with notices: 'first', one notice per kind and level on a page; the next items link to it", async () => {
    const {page, errors} = await open('/spec/conventions');
    const notices = await page.locator('section[data-classification-level] .classification-disclaimer').evaluateAll((elements) =>
      elements.map((element) => [element.closest('section')!.id, element.classList.contains('classification-disclaimer--see-above') ? 'link' : 'full']),
    );
    assert.deepEqual(notices, [
      ['span-links', 'full'],
      ['resource-detectors', 'full'],
      ['sampling', 'full'],
      ['batching', 'full'],
      ['retries', 'link'],
      ['jaeger-exporter', 'full'],
      ['zipkin-exporter', 'full'],
    ]);
    assert.match((await page.locator('#batching .classification-disclaimer').textContent()) ?? '', /A release candidate: feature-complete/);
    assert.match((await page.locator('#jaeger-exporter .classification-disclaimer').textContent()) ?? '', /A deprecated component keeps working until its removal/, "the kind's own notice for that level");
    await page.locator('#retries').getByRole('link', {name: 'See the notice above.'}).click();
    await page.waitForURL(/#batching$/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("sidebar categories: a Stable own page means no badge, an own page's level wins, else the least mature; never on the rotated caret", async () => {
    const {page, errors} = await open('/spec/conventions');
    const sidebar = page.getByRole('navigation', {name: 'Docs sidebar'});
    // Components: its own page is Stable; every component in it is a preview.
    assert.equal(await sidebar.getByRole('link', {name: 'Components', exact: true}).count(), 1);
    // Receivers: its own page is Beta; a Development receiver is in it. It is collapsed. (Generated
    // content before the label comes first in the name, as for categories without a page.)
    const receivers = sidebar.getByRole('link', {name: 'Beta Receivers', exact: true});
    assert.equal(await receivers.count(), 1);
    assert.equal(await receivers.evaluate((link) => link.closest('li')!.classList.contains('menu__list-item--collapsed')), true);
    const pseudo = await receivers.evaluate((link) => ({
      before: getComputedStyle(link, '::before').content,
      transform: getComputedStyle(link, '::before').transform,
      after: getComputedStyle(link, '::after').content,
    }));
    assert.deepEqual([pseudo.before, pseudo.transform], ['"Beta"', 'none'], 'the badge is upright, on ::before');
    assert.notEqual(pseudo.after, '"Beta"');
    // Signals: no page of its own; Beta and Development signals: the least mature.
    assert.equal(await sidebar.getByRole('button', {name: 'Development Signals', exact: true}).count(), 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('the release view: what changed from 1.0 to 2.x, linked from the index, with its Atom feed', async () => {
    const {page, errors} = await open('/classification/changes');
    assert.equal(await page.getByRole('heading', {level: 1, name: 'What changed'}).count(), 1);
    assert.equal(await page.getByRole('heading', {level: 2, name: '2.x (since 1.0)'}).count(), 1);
    const promoted = page.locator('li[data-classification-change="promoted"]').filter({hasText: 'torch_neuron.trace'});
    assert.equal(normalize((await promoted.textContent()) ?? ''), 'Promoted torch_neuron.trace Alpha → Beta');
    assert.deepEqual(await promoted.locator('.classification-badge').evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-classification-level'))), ['alpha', 'beta']);
    // Beside the blog's own feed, the page's.
    assert.equal(await page.locator('head link[rel="alternate"][type="application/atom+xml"][title="What changed"]').getAttribute('href'), '/classification/changes.xml');
    const shown = await page.locator('li[data-classification-change]').count();
    await promoted.getByRole('link', {name: 'torch_neuron.trace'}).click();
    await page.waitForURL(/\/apis\/torch-neuron#torch_neurontrace$/);
    await page.locator('#torch_neurontrace').waitFor({state: 'visible', timeout: 10_000});
    // The feed: the same changes, to a strict Atom parser.
    const feed = await parseFeed(fs.readFileSync(path.join(built.outDir, 'classification/changes.xml'), 'utf8'));
    assert.equal(feed.type, 'atom 1.0');
    assert.equal(feed.self, 'https://example.com/classification/changes.xml');
    assert.equal(feed.entries.length, shown);
    const trace = feed.entries.find((entry) => entry.title === 'Promoted: torch_neuron.trace (Alpha → Beta)');
    assert.equal(trace?.link, 'https://example.com/apis/torch-neuron#torch_neurontrace');
    // The index links to it.
    const index = await open('/classification');
    assert.equal(await index.page.getByRole('link', {name: 'What changed', exact: true}).getAttribute('href'), '/classification/changes');
    // Without versioned docs, the spec's since dates give its releases, newest first, in its feed too.
    const spec = await open('/spec/status/changes');
    // (Docusaurus's heading anchor adds a zero-width space.)
    const releases = await spec.page.getByRole('heading', {level: 2}).allTextContents();
    assert.deepEqual(releases.map((text) => text.replace(/\u200b/g, '').trim()), ['2026-10-01', '2026-01-15']);
    const specFeed = await parseFeed(fs.readFileSync(path.join(built.outDir, 'spec/status/changes.xml'), 'utf8'));
    assert.deepEqual(specFeed.entries.map((entry) => [entry.title, entry.date]), [
      ['New: Batching (Release Candidate)', '2026-10-01T00:00:00.000Z'],
      ['New: Retries (Release Candidate)', '2026-10-01T00:00:00.000Z'],
      ['New: Jaeger exporter (Deprecated)', '2026-01-15T00:00:00.000Z'],
    ]);
    assert.deepEqual([...errors, ...index.errors, ...spec.errors], []);
    await spec.page.close();
    await index.page.close();
    await page.close();
  });

  it('release notes: ::classification-changes writes the latest release into a page, or one kind of it, each change linking to its item', async () => {
    const {page, errors} = await open('/release-notes');
    const sections = page.locator('article section.classification-release');
    assert.equal(await sections.count(), 2);
    const [all, apis] = [sections.nth(0), sections.nth(1)];
    // Under the page's own h2s: each release an h3, its kinds h4, without ids (the release shows twice).
    assert.equal(normalize((await all.getByRole('heading', {level: 3}).textContent()) ?? ''), '2.x (since 1.0)');
    assert.equal(await all.getByRole('heading', {level: 3}).getAttribute('id'), null);
    const kinds = await all.getByRole('heading', {level: 4}).allTextContents();
    assert.deepEqual(kinds.slice(0, 2), ['APIs', 'Packages / Libraries']);
    assert.deepEqual(await apis.getByRole('heading', {level: 4}).allTextContents(), ['APIs']);
    // The same changes as the release view's, per kind.
    const changed = (section: typeof all) => section.locator('li[data-classification-change]').allTextContents();
    const view = await open('/classification/changes');
    assert.deepEqual((await changed(all)).map(normalize), (await view.page.locator('li[data-classification-change]').allTextContents()).map(normalize));
    assert.deepEqual(
      (await changed(apis)).map(normalize),
      (await view.page.locator('h3').filter({hasText: /^APIs/}).first().locator('xpath=following-sibling::ul[1]/li[@data-classification-change]').allTextContents()).map(normalize),
    );
    await apis.locator('li[data-classification-change="promoted"]').getByRole('link', {name: 'torch_neuron.trace'}).click();
    await page.waitForURL(/\/apis\/torch-neuron#torch_neurontrace$/);
    assert.deepEqual([...errors, ...view.errors], []);
    await view.page.close();
    await page.close();
  });

  it('"New": what 2.x promoted or added, on headings, the TOC, callouts, the sidebar and the index; nothing in 1.0', async () => {
    // The JSON says when; an item Alpha in 1.0 and 2.x is not new.
    const current = (title: string) => json.find((entry) => entry.title === title && entry.version === 'current')!;
    assert.equal(current('torch_neuron.trace').newIn, '2.x');
    assert.equal(current('NEURON_RT_ASYNC_EXEC').newIn, '2.x');
    assert.equal(current('Pipeline parallelism').newIn, undefined);
    assert.ok(json.every((entry) => entry.version !== '1.0' || entry.newIn === undefined));
    const {page, errors} = await open('/apis/environment-variables');
    const newOf = (locator: ReturnType<Page['locator']>) => locator.locator('.classification-new').allTextContents();
    assert.deepEqual(await newOf(page.locator('#neuron_rt_async_exec')), ['New']);
    assert.deepEqual(await newOf(page.locator('#neuron_rt_visible_cores')), []);
    // The heading's accessible name reads the level, then "New".
    assert.equal(await page.getByRole('heading', {level: 3, name: /^NEURON_RT_ASYNC_EXEC Beta New/}).count(), 1);
    assert.deepEqual(await newOf(page.locator('.table-of-contents a[href="#neuron_rt_async_exec"]')), ['New']);
    // Promoted to Stable in 2.x: a quiet badge, and New.
    assert.deepEqual(await newOf(page.locator('#neuron_cc_flags')), ['New']);
    const features = await open('/features/neuron-features');
    const header = (title: string) => features.page.locator('.classification-callout__header').filter({hasText: title});
    assert.equal(normalize(await header('Neuron Custom C++ Operators').innerText()), 'Beta New Neuron Custom C++ Operators Feature');
    const old = await open('/1.0/features/neuron-features');
    assert.equal(await old.page.locator('.classification-new').count(), 0);
    // The sidebar: after the level, in the link's name as it shows.
    const nxd = await open('/packages/neuronx-distributed');
    assert.equal(await nxd.page.getByRole('link', {name: 'NeuronX Distributed Beta · New', exact: true}).count(), 1);
    assert.equal(await nxd.page.getByRole('link', {name: 'Neuron Runtime', exact: true}).count(), 1);
    // The index marks exactly the entries the JSON calls new.
    const index = await open('/classification');
    const marked = await index.page.locator('[data-classification-entry]').filter({has: index.page.locator('.classification-new')}).evaluateAll((items) =>
      items.map((item) => item.querySelector('a')?.getAttribute('href') ?? ''),
    );
    const fresh = json.filter((entry) => entry.newIn && inDefaultView(entry) && ['alpha', 'beta', 'deprecated'].includes(entry.level));
    assert.ok(fresh.length >= 5, `${fresh.length} new entries`);
    assert.deepEqual(marked.sort(), fresh.map((entry) => entry.anchor).sort());
    // Without versions, the spec counts 90 days from its since dates (the build's today is fixed).
    assert.equal(TEST_TODAY, '2026-12-01');
    const spec = await open('/spec/status');
    assert.deepEqual(
      await spec.page.locator('[data-classification-entry]').filter({has: spec.page.locator('.classification-new')}).evaluateAll((items) => items.map((item) => item.querySelector('a')?.textContent)),
      ['Batching', 'Retries'],
    );
    assert.deepEqual([...errors, ...features.errors, ...old.errors, ...nxd.errors, ...index.errors, ...spec.errors], []);
    for (const opened of [page, features.page, old.page, nxd.page, index.page, spec.page]) {
      await opened.close();
    }
  });

  it('readers hide preview or retired content: a control in the TOC column, kept in the storage, placeholders that anchors land on', async () => {
    const traced = 'Compiles a model into a Neuron-optimized TorchScript module.';
    // Without JavaScript: no control, everything shows.
    const noScript = await browser.newContext({javaScriptEnabled: false});
    const still = await noScript.newPage();
    await still.goto(`${server.url}/apis/torch-neuron`);
    assert.equal(await still.locator('.classification-reader').count(), 0);
    assert.equal(await still.getByText(traced).isVisible(), true);
    await noScript.close();

    const context = await browser.newContext({viewport: {width: 1280, height: 900}});
    const errors: string[] = [];
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${server.url}/apis/torch-neuron`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const previews = page.getByRole('checkbox', {name: 'Hide previews (Alpha, Beta)'});
    const retired = page.getByRole('checkbox', {name: 'Hide retired items (Deprecated)'});
    await previews.waitFor();
    // In the TOC column, named as a group.
    assert.equal(await page.locator('.theme-doc-toc-desktop').getByRole('group', {name: 'Classified content'}).count(), 1);
    assert.equal(await previews.isChecked(), false);
    // By keyboard.
    await previews.focus();
    await page.keyboard.press('Space');
    assert.equal(await previews.isChecked(), true);
    assert.equal(await page.getByText(traced).isVisible(), false);
    // The item's heading stays, with its badge: the placeholder the index links to.
    assert.equal(await page.locator('#torch_neurontrace').isVisible(), true);
    assert.equal(await page.locator('#torch_neurontrace .classification-badge').innerText(), 'Beta');
    // A Beta callout keeps its header; a Stable section and a retired callout keep their content.
    const dynamic = page.locator('.classification-callout').filter({hasText: 'torch_neuron.dynamic_batch'});
    assert.equal(await dynamic.locator('.classification-callout__header').isVisible(), true);
    assert.equal(await dynamic.locator('.classification-callout__body').isVisible(), false);
    assert.equal(await page.getByText('Reports which operators of a model Neuron supports.', {exact: false}).isVisible(), true);
    const removed = page.locator('.classification-callout').filter({hasText: 'torch_neuron.trace_v1'});
    assert.equal(await removed.locator('.classification-callout__body').isVisible(), true);
    assert.equal(await page.evaluate(() => window.localStorage.getItem('docusaurus.classification.hide')), 'preview');
    const axe = await new AxeBuilder({page}).analyze();
    assert.deepEqual(axe.violations.map((violation) => violation.id), []);
    await retired.check();
    assert.equal(await removed.locator('.classification-callout__body').isVisible(), false);
    assert.equal(await removed.locator('.classification-callout__header').isVisible(), true);

    // An anchor into hidden content's item lands on its heading.
    await page.goto(`${server.url}/apis/torch-neuron#torch_neurondataparallel`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    assert.equal(await page.locator('html').getAttribute('data-classification-hide'), 'preview retired');
    await page.waitForFunction(() => {
      const box = document.getElementById('torch_neurondataparallel')?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.top < window.innerHeight;
    });

    // Another page without a table of contents: the control above the content, the choice kept.
    await page.goto(`${server.url}/features/neuron-features`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await previews.waitFor();
    assert.equal(await page.locator('.theme-doc-toc-desktop').count(), 0);
    assert.equal(await page.locator('article .classification-reader--inline').count(), 1);
    assert.equal(await previews.isChecked(), true);
    assert.equal(await retired.count(), 0, 'nothing retired on this page');
    const operators = page.locator('.classification-callout').filter({hasText: 'Neuron Custom C++ Operators'});
    assert.equal(await operators.locator('.classification-callout__body').isVisible(), false);
    const profiler = page.locator('.classification-callout').filter({hasText: 'Neuron Profiler'});
    assert.equal(await profiler.locator('.classification-callout__body').isVisible(), true);
    await previews.uncheck();
    assert.equal(await operators.locator('.classification-callout__body').isVisible(), true);
    assert.equal(await page.evaluate(() => window.localStorage.getItem('docusaurus.classification.hide')), 'retired');

    // A narrow window: no TOC column, the control above the content.
    await page.setViewportSize({width: 600, height: 900});
    await page.goto(`${server.url}/apis/torch-neuron`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await retired.waitFor();
    assert.equal(await page.locator('article .classification-reader--inline').count(), 1);
    await retired.uncheck();
    assert.equal(await page.evaluate(() => window.localStorage.getItem('docusaurus.classification.hide')), null);
    assert.equal(await page.locator('html').getAttribute('data-classification-hide'), null);
    assert.equal(await page.getByText(traced).isVisible(), true);

    // Translated.
    await page.goto(`${server.url}/fr/apis/torch-neuron`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    assert.equal(await page.getByRole('group', {name: 'Contenu classé'}).getByRole('checkbox', {name: 'Masquer les préversions (Alpha, Bêta)'}).count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
