/**
 * Hostile input: classification labels, titles and attribute values that
 * carry HTML, scripts, event handlers, javascript: URLs, </script> and bidi
 * controls. Built into a real site and opened in Chromium: nothing runs,
 * nothing is injected, and the text shows literally.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import type {Browser, Page} from 'playwright';
import type {IndexEntry} from 'docusaurus-plugin-classification';
import {launch} from '../support/browser.ts';
import {parseFeed} from '../support/feed.ts';
import {callout} from '../support/items.ts';
import {serve} from '../support/server.ts';
import {buildDemoSite, repoRoot, type Built} from '../support/site.ts';

let built: Built;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

const HOSTILE_TITLES = [
  `<img src=x onerror="alert('label')">`,
  `<script>alert('title')</script>`,
  'Bidi \u202Elanigiro\u202C name',
  `Quotes " and ' and </script> end`,
  `Heading <script>alert('heading')</script>`,
  `</script><script>alert('mdx title')</script>`,
  `"<img src=x onerror=alert('mdx label')>"`,
  `Hostile <img src=x onerror=alert('front matter')> page`,
];

/** Opens a page and reports dialogs, errors and anything injected. */
async function inspect(pathname: string): Promise<{page: Page; dialogs: string[]; injected: string[]}> {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(server.url + pathname);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  // Hover everything: an injected onmouseover would fire now.
  for (const element of await page.locator('main *').all()) {
    await element.hover({force: true, timeout: 200}).catch(() => {});
  }
  const injected = await page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) {
        if (attribute.startsWith('on')) {
          found.push(`${element.tagName} ${attribute}`);
        }
      }
      if (element.tagName === 'IMG' && element.getAttribute('src') === 'x') {
        found.push('img src=x');
      }
      if (element.tagName === 'SCRIPT' && element.getAttribute('type') === 'application/ld+json') {
        try {
          JSON.parse(element.textContent ?? ''); // data, inert as long as it stays one valid JSON value
        } catch {
          found.push('broken JSON-LD script');
        }
      } else if (element.tagName === 'SCRIPT' && /alert\(/.test(element.textContent ?? '')) {
        found.push('inline script');
      }
      for (const attribute of ['href', 'src', 'action']) {
        if (/^\s*javascript:/i.test(element.getAttribute(attribute) ?? '')) {
          found.push(`${element.tagName} ${attribute}=javascript:`);
        }
      }
    }
    return found;
  });
  return {page, dialogs, injected};
}

describe('hostile input in Chromium', () => {
  before(async () => {
    built = buildDemoSite('hostile', path.join(repoRoot, 'tests/fixtures/sites/hostile'));
    server = await serve(built.outDir);
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const pathname of ['/hostile', '/hostile-mdx', '/classification']) {
    it(`${pathname}: nothing executes, nothing is injected, the text shows literally`, async () => {
      const {page, dialogs, injected} = await inspect(pathname);
      assert.deepEqual(dialogs, []);
      assert.deepEqual(injected, []);
      const text = await page.locator('main').innerText();
      const expected = HOSTILE_TITLES.filter((title) =>
        pathname === '/classification' ? true : pathname === '/hostile-mdx' ? /mdx/.test(title) : !/mdx/.test(title),
      );
      for (const title of expected) {
        assert.ok(text.includes(title), `"${title}" shows literally on ${pathname}`);
      }
      await page.close();
    });
  }

  it('the framework, workload and odd id stay text and attribute values', async () => {
    const {page} = await inspect('/hostile');
    const scoped = callout(page, 'Scoped');
    assert.match(await scoped.innerText(), /<b onmouseover=alert\('framework'\)>PyTorch<\/b> · javascript:alert\('workload'\)/);
    assert.equal(await page.locator('[id="x\\"onmouseover=\\"alert(1)"]').count(), 1);
    assert.equal(await page.locator(`[id="</script><script>alert('id')</script>"]`).count(), 1);
    await page.close();
  });

  it('classification.json is valid JSON holding the same text', () => {
    const entries = JSON.parse(fs.readFileSync(path.join(built.outDir, 'classification.json'), 'utf8')) as IndexEntry[];
    const titles = entries.map((entry) => entry.title);
    for (const title of HOSTILE_TITLES) {
      assert.ok(titles.includes(title), `${title} in classification.json`);
    }
    // A scope's keys beside the other fields, as the JSON's contract names them.
    const scoped = entries.find((entry) => entry.title === 'Scoped')! as IndexEntry & Record<string, string>;
    assert.equal(scoped.framework, `<b onmouseover=alert('framework')>PyTorch</b>`);
    assert.equal(scoped.workload, `javascript:alert('workload')`);
  });

  it('pages saved with a byte order mark or lone \\r line endings build, show their callouts and are indexed', async () => {
    const entries = JSON.parse(fs.readFileSync(path.join(built.outDir, 'classification.json'), 'utf8')) as IndexEntry[];
    const page = await browser.newPage();
    for (const [pathname, title, level] of [
      ['/encoding-bom', 'Saved with a BOM', 'beta'],
      ['/encoding-cr', 'Lone carriage returns', 'alpha'],
    ] as const) {
      const entry = entries.find((candidate) => candidate.title === title);
      assert.ok(entry, `${title} in classification.json`);
      assert.equal(entry.level, level);
      assert.equal(entry.anchor, `${pathname}#${entry.id}`);
      await page.goto(server.url + pathname);
      const item = page.locator(`[id="${entry.id}"][data-classification-level="${level}"]`);
      assert.equal(await item.count(), 1, `${title} on ${pathname}`);
      assert.match(await item.innerText(), new RegExp(`${title}[\\s\\S]*Body\\.`));
    }
    await page.close();
  });

  it('items of an imported partial are indexed on the page that renders them, each id once in its DOM', async () => {
    const entries = JSON.parse(fs.readFileSync(path.join(built.outDir, 'classification.json'), 'utf8')) as IndexEntry[];
    const onHost = entries.filter((entry) => entry.permalink === '/host');
    assert.deepEqual(
      onHost.map((entry) => [entry.title, entry.level, entry.anchor]),
      [
        ['Own', 'beta', '/host#own'],
        ['Shared', 'beta', '/host#shared'],
        ['Partial heading', 'alpha', '/host#partial-heading'],
      ],
    );
    assert.ok(!entries.some((entry) => entry.source.includes('_partial')), 'the partial is no page of its own');
    const page = await browser.newPage();
    await page.goto(`${server.url}/host`);
    for (const entry of onHost) {
      assert.equal(await page.locator(`[id="${entry.id}"][data-classification-level="${entry.level}"]`).count(), 1, entry.id);
    }
    await page.close();
  });

  it('the release view: one link per change to its own anchor, each model cell named, the feed strict with an id per change', async () => {
    const {page, dialogs, injected} = await inspect('/classification/changes');
    assert.deepEqual([dialogs, injected], [[], []]);
    const release = page.locator('section.classification-release').filter({has: page.locator('[id="release-2.0"]')});
    const changes = await release.locator('li[data-classification-change]').allInnerTexts();
    for (const expected of [/Paren id/, /Llama 2 \(JAX · Training\)/, /Llama 2 \(PyTorch NeuronX · Training\)/, /Tom & Jerry/]) {
      assert.equal(changes.filter((line) => expected.test(line)).length, 1, `${expected} once in 2.0 (2.0 and v2.0 are one release): ${changes.join(' | ')}`);
    }
    const paren = release.locator('li').filter({hasText: 'Paren id'}).getByRole('link');
    assert.equal(await paren.count(), 1);
    assert.equal(await paren.getAttribute('href'), '/release#z)[click](https://evil.example/');
    assert.equal(await page.locator('a[href^="https://evil.example"]').count(), 0);
    await page.close();
    const feed = await parseFeed(fs.readFileSync(path.join(built.outDir, 'classification/changes.xml'), 'utf8'));
    const ids = feed.entries.map((entry) => entry.id);
    assert.equal(new Set(ids).size, ids.length, 'each entry its own id');
    assert.ok(feed.entries.some((entry) => entry.title === 'New: Llama 2 (JAX · Training) (Alpha)'));
  });

  it('an item documented past its removal reads as removed, and the index says it is still documented; the build reports it', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/release`);
    const retired = page.locator('section#torch_neurontrace_v1[data-classification-level="deprecated"]');
    assert.equal((await retired.locator('.classification-retirement').innerText()).replace(/\s+/g, ' ').trim(), 'Removed in 2025-06-01. Use https://example.com/trace instead.');
    // Past its removal the line says it all: no notice of the level.
    assert.equal(await retired.locator('.classification-disclaimer').count(), 0);
    await page.goto(`${server.url}/classification`);
    const entry = page.locator('[data-classification-entry]').filter({hasText: 'torch_neuron.trace_v1'});
    assert.match((await entry.innerText()).replace(/\s+/g, ' '), /removed in 2025-06-01, still documented/);
    await page.close();
    assert.match(built.log, /docs\/release\.md: deprecated api "torch_neuron\.trace_v1" is overdue: it is still documented, past its removal on 2025-06-01/);
  });

  it('no author text goes through dangerouslySetInnerHTML in the theme', () => {
    const themeDir = path.join(repoRoot, 'plugin/src/theme');
    const sources = fs.readdirSync(themeDir, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.tsx'));
    assert.ok(sources.length >= 8);
    for (const file of sources) {
      assert.doesNotMatch(fs.readFileSync(path.join(themeDir, file), 'utf8'), /dangerouslySetInnerHTML/, file);
    }
  });
});
