/**
 * The demo site, built once per test run, read in a real Chromium the way a
 * reader sees it: the build, the index, items on their pages, the sidebar,
 * link badges, the filters and matrices. (demo-lifecycle and demo-themes
 * read the same build.)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {before, describe, it} from 'node:test';
import type {Browser} from 'playwright';
import type {IndexEntry} from 'docusaurus-plugin-classification';
import {callout as findCallout, landmarks} from '../support/items.ts';
import {writtenItems} from '../support/oracle.ts';
import {DEMO_CODE_SOURCES} from '../support/code-oracle.ts';
import {readSeed, seedNotes, seedSkip, seedTables} from '../support/seed.ts';
import {DEMO_REPORTS, reportedLines} from '../support/site.ts';
import {inDefaultView, normalize, settledCount, useDemo, type Demo} from '../support/demo.ts';
import {repoRoot, type Built} from '../support/site.ts';

type Entry = IndexEntry;

describe('demo site in Chromium', () => {
  const demo = useDemo();
  let built: Built;
  let server: Demo['server'];
  let browser: Browser;
  let json: Entry[];
  before(() => {
    ({built, server, browser, json} = demo);
  });
  const open = (pathname: string) => demo.open(pathname);

  it('builds with Rspack without an unused directive, the plugin reporting nothing of its content', () => {
    // Webpack prints "[webpackbar] … Compiled"; Rspack does not.
    assert.doesNotMatch(built.log, /webpackbar/);
    assert.doesNotMatch(built.log, /unused Markdown directives/);
    assert.deepEqual(reportedLines(built.log), DEMO_REPORTS);
  });

  it('without JavaScript, each item\'s anchor is on its page in the HTML, with its level', () => {
    for (const entry of json.filter((item) => item.anchor.includes('#'))) {
      const file = path.join(built.outDir, entry.permalink, 'index.html');
      const html = fs.readFileSync(fs.existsSync(file) ? file : `${path.join(built.outDir, entry.permalink)}.html`, 'utf8');
      // The element with the id (attributes may be unquoted: Faster minifies HTML with SWC).
      const escaped = entry.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const tag = new RegExp(`<[^<>]*\\bid="?${escaped}"?[\\s>/][^<>]*>?`).exec(html)?.[0];
      assert.ok(tag, `${entry.anchor} is on its page`);
      assert.match(tag, new RegExp(`data-classification-level="?${entry.level}\\b`), entry.anchor);
    }
  });

  it('classification.json lists every item written in the sources', () => {
    const written = writtenItems(
      repoRoot,
      ['site/docs', 'versioned_docs', 'site/blog', 'site/src/pages'],
      'site/classification.yml',
    );
    const key = (item: {source: string; level: string; kind: string}) => `${item.source} ${item.level} ${item.kind}`;
    // What the code declares (the API reference, the pet store) is the next test's.
    const fromCode = new Set([...DEMO_CODE_SOURCES.typedoc(repoRoot), ...DEMO_CODE_SOURCES.openapi(repoRoot)].map((item) => item.ref));
    assert.deepEqual(json.filter((entry) => !fromCode.has(entry.ref ?? '')).map(key).sort(), written.map(key).sort());
    assert.ok(written.length >= 20, `the demo classifies ${written.length} items`);
    assert.ok(json.some((entry) => entry.anchor === '/apis/torch-neuron#torch_neurontrace' && entry.level === 'beta'));
  });

  it('the API reference and the pet store are classified from the code: each item and level is what the TSDoc tags and OpenAPI markers say', async () => {
    const fromCode = [...DEMO_CODE_SOURCES.typedoc(repoRoot), ...DEMO_CODE_SOURCES.openapi(repoRoot)];
    const refs = new Set(fromCode.map((item) => item.ref));
    const listed = json.filter((entry) => refs.has(entry.ref ?? ''));
    const byRef = (a: {ref?: string}, b: {ref?: string}) => (a.ref! < b.ref! ? -1 : 1);
    assert.deepEqual(listed.map(({ref, level}) => ({ref, level})).sort(byRef), [...fromCode].sort(byRef));
    // Each on its generated page (a member at its heading), but a schema property, which has no page.
    assert.deepEqual(
      listed.filter((entry) => !/^\/(api-reference|petstore)\//.test(entry.anchor)).map((entry) => entry.ref),
      ['Pet.mood'],
    );

    const widget = await open('/api-reference/classes/Widget');
    // No line of the generated page classifies it: the banner, the member's heading badge and the sidebar badge come from the tags.
    assert.equal(await widget.page.locator('.classification-banner--beta').count(), 1);
    assert.equal(await widget.page.getByRole('heading', {name: 'renderFast() Alpha', exact: false}).count(), 1);
    const sidebar = widget.page.getByRole('navigation', {name: 'Docs sidebar'});
    assert.equal(await sidebar.getByRole('link', {name: 'Class: Widget Beta · New', exact: true}).count(), 1);
    assert.deepEqual(widget.errors, []);
    await widget.page.close();

    // `@deprecated Use {@link createWidget} instead.`: the retired level, and its replacement linked; no "since" (`@since 1.0` says when it came, not when it was deprecated).
    const old = await open('/api-reference/functions/makeWidget');
    const notice = old.page.locator('.classification-banner--deprecated');
    assert.match(normalize(await notice.innerText()), /^Deprecated API Use Function: createWidget\(\) instead\. /);
    assert.equal(await notice.getByRole('link', {name: 'Function: createWidget()'}).getAttribute('href'), '/api-reference/functions/createWidget#createWidget');
    await old.page.close();

    const pets = await open('/petstore/list-pets');
    assert.equal(await pets.page.locator('.classification-banner--beta').count(), 1);
    const petSidebar = pets.page.getByRole('navigation', {name: 'Docs sidebar'});
    assert.equal(await petSidebar.getByRole('link', {name: 'Remove a pet Deprecated', exact: true}).count(), 1);
    assert.equal(await petSidebar.getByRole('link', {name: 'Add a pet', exact: true}).count(), 1, 'an operation with no marker is not classified');
    assert.deepEqual(pets.errors, []);
    await pets.page.close();
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

  it('every page, visited once: each index link lands on an element with its id, level and kind; clean heading ids and TOC; no directive text; no console error', async () => {
    const byPage = new Map<string, Entry[]>();
    // Registry-only items link to their page (or nowhere), not to an element.
    for (const entry of json.filter((item) => item.level !== 'stable' && item.form !== 'registry')) {
      byPage.set(entry.permalink, [...(byPage.get(entry.permalink) ?? []), entry]);
    }
    const permalinks = [...new Set([...json.map((entry) => entry.permalink), '/', '/sdk-classification'])].filter(Boolean);
    for (const permalink of permalinks) {
      const {page, errors} = await open(permalink);
      for (const entry of byPage.get(permalink) ?? []) {
        const target = page.locator(`[id="${entry.id}"]`);
        assert.equal(await target.count(), 1, `${entry.anchor} exists once`);
        assert.equal(await target.getAttribute('data-classification-level'), entry.level, entry.anchor);
        assert.equal(await target.getAttribute('data-classification-kind'), entry.kind, entry.anchor);
        // Visible, unless it sits in a tab the reader has not opened (Docusaurus Tabs hide them).
        const inClosedTab = await target.evaluate((element) => Boolean(element.closest('[role="tabpanel"][hidden]')));
        assert.ok(inClosedTab || (await target.isVisible()), `${entry.anchor} is visible`);
      }
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
    assert.ok([...byPage.keys()].every((permalink) => permalinks.includes(permalink)));
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
});
