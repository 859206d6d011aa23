/**
 * The demo site's lifecycle: docs versions, retired items, statements, a
 * second taxonomy, notices, sidebar categories, the release view and release
 * notes, "New", and what readers may hide.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {before, describe, it} from 'node:test';
import type {Browser, Page} from 'playwright';
import type {IndexEntry} from 'docusaurus-plugin-classification';
import {AxeBuilder} from '@axe-core/playwright';
import {parseFeed} from '../support/feed.ts';
import {writtenItems} from '../support/oracle.ts';
import {inDefaultView, normalize, settledCount, useDemo, type Demo} from '../support/demo.ts';
import {repoRoot, TEST_TODAY, type Built} from '../support/site.ts';

type Entry = IndexEntry;

describe('demo site in Chromium: the lifecycle', () => {
  const demo = useDemo();
  let built: Built;
  let server: Demo['server'];
  let browser: Browser;
  let json: Entry[];
  before(() => {
    ({built, server, browser, json} = demo);
  });
  const open = (pathname: string) => demo.open(pathname);
  /** A page in a context of its own (its storage the reader control's), hydrated, with the errors it logs. */
  const hydratedInContext = async (pathname: string) => {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}});
    const errors: string[] = [];
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${server.url}${pathname}`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    return {context, page, errors};
  };

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

  it('a deprecated API reads before its removal in both docs versions (its removal moved to 3.0 in 2.x), its replacement linked', async () => {
    const expected = {
      '/1.0/apis/torch-neuron': 'Deprecated since 1.0. Will be removed in 2.0. Use torch_neuron.trace instead.',
      '/apis/torch-neuron': 'Deprecated since 1.0. Will be removed in 3.0. Use torch_neuron.trace instead.',
    };
    for (const [pathname, text] of Object.entries(expected)) {
      const {page, errors} = await open(pathname);
      const callout = page.locator('section#torch_neurontrace_v1[data-classification-level="deprecated"]');
      assert.equal(normalize((await callout.locator('.classification-retirement').textContent()) ?? ''), text, pathname);
      // Before its removal, the level's notice.
      assert.match((await callout.locator('.classification-disclaimer').textContent()) ?? '', /Deprecated items are kept for compatibility only/);
      assert.equal(await callout.getByRole('link', {name: 'torch_neuron.trace', exact: true}).getAttribute('href'), '/apis/torch-neuron#torch_neurontrace');
      assert.deepEqual(errors, []);
      await page.close();
    }
    const current = json.find((entry) => entry.title === 'torch_neuron.trace_v1' && entry.version === 'current')!;
    assert.deepEqual([current.level, current.removal, current.replacement, current.staleBy], ['deprecated', '3.0', 'torch-neuron-trace', undefined]);
    // The index groups retired items apart; none is overdue.
    const {page} = await open('/classification');
    assert.equal(await page.getByRole('heading', {level: 3, name: 'Deprecated APIs'}).count(), 1);
    const entry = page.locator('[data-classification-entry]').filter({hasText: 'torch_neuron.trace_v1'});
    assert.doesNotMatch(normalize((await entry.textContent()) ?? ''), /still documented/);
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

    const {context, page, errors} = await hydratedInContext('/apis/torch-neuron');
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
    // The control loads its chunk once the page has hydrated.
    const translated = page.getByRole('group', {name: 'Contenu classé'}).getByRole('checkbox', {name: 'Masquer les préversions (Alpha, Bêta)'});
    await translated.waitFor();
    assert.equal(await translated.count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('an anchor into hidden content shows that content: loaded, after a hash change, or followed from the index; the choice stays', async () => {
    const traced = 'Compiles a model into a Neuron-optimized TorchScript module.';
    // A statement inside a Beta callout's body: previews hidden, the whole body hides.
    const nested = json.find((entry) => entry.anchor === '/apis/torch-neuron#dynamic-batch-split');
    assert.deepEqual([nested?.form, nested?.level], ['statement', 'alpha']);
    const {context, page, errors} = await hydratedInContext('/apis/torch-neuron');
    const previews = page.getByRole('checkbox', {name: 'Hide previews (Alpha, Beta)'});
    await previews.check();
    const target = page.locator('#dynamic-batch-split');
    const body = page.locator('.classification-callout').filter({hasText: 'torch_neuron.dynamic_batch'}).locator('.classification-callout__body');
    assert.equal(await target.isVisible(), false, 'hidden with the callout body');
    const lands = async (how: string) => {
      const shown = () => {
        const box = document.getElementById('dynamic-batch-split')?.getBoundingClientRect();
        return box !== undefined && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      };
      await page.waitForFunction(shown, undefined, {timeout: 10_000}).catch(() => assert.fail(`${how}: #dynamic-batch-split is not shown in the viewport`));
      assert.equal(await target.isVisible(), true, how);
      assert.equal(await body.isVisible(), true, how);
      // The reader's choice stays, and holds elsewhere on the page.
      assert.equal(await page.locator('html').getAttribute('data-classification-hide'), 'preview', how);
      assert.equal(await page.evaluate(() => window.localStorage.getItem('docusaurus.classification.hide')), 'preview', how);
      assert.equal(await previews.isChecked(), true, how);
      assert.equal(await page.getByText(traced).isVisible(), false, how);
    };

    await page.goto(`${server.url}/apis/torch-neuron#dynamic-batch-split`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await lands('loaded');
    const axe = await new AxeBuilder({page}).analyze();
    assert.deepEqual(axe.violations.map((violation) => violation.id), []);
    // Choosing again hides it again.
    await previews.uncheck();
    await previews.check();
    assert.equal(await body.isVisible(), false);

    await page.evaluate(() => void (window.location.hash = 'torch_neurontrace'));
    await page.evaluate(() => void (window.location.hash = 'dynamic-batch-split'));
    await lands('after a hash change');

    await page.goto(`${server.url}/classification`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.evaluate(() => Object.assign(window, {sameDocument: true}));
    await page.getByRole('link', {name: 'Splitting a batch across NeuronCores', exact: true}).click();
    await page.waitForURL(/\/apis\/torch-neuron#dynamic-batch-split$/);
    await lands('followed from the index');
    assert.equal(await page.evaluate(() => 'sameDocument' in window), true, 'a client-side navigation');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
