/**
 * Link badges: which links point at an Alpha/Beta page or item. Markdown file
 * links resolve the way Docusaurus resolves them; the remark plugin compiles
 * the badge into the linking page.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {LinkTargets, type IndexEntry} from '../support/internals.ts';

const entry = (permalink: string, id: string, level: string, form: IndexEntry['form'] = 'container'): IndexEntry => ({
  id,
  title: id,
  kind: 'api',
  level,
  permalink,
  anchor: `${permalink}#${id}`,
  source: '',
  page: '',
  form,
});

const entries: IndexEntry[] = [
  entry('/base/apis/trace', 'torch-trace', 'beta'),
  entry('/base/apis/trace', 'torch-stable', 'stable'),
  entry('/base/labs/nki/', 'nki', 'alpha', 'page'),
  entry('/base/1.0/apis/trace', 'torch-trace', 'alpha'),
];

const site = '/site';
const targets = new LinkTargets(entries, new Set(['alpha', 'beta']), {
  siteDir: site,
  baseUrl: '/base/',
  contentRoots: [
    [`${site}/i18n/fr/docs/current`, `${site}/docs`],
    [`${site}/versioned_docs/version-1.0`],
  ],
  permalinks: new Map([
    [`${site}/docs/apis/trace.md`, '/base/apis/trace'],
    [`${site}/docs/labs/nki.mdx`, '/base/labs/nki/'],
    [`${site}/docs/intro.md`, '/base/intro'],
    [`${site}/versioned_docs/version-1.0/apis/trace.md`, '/base/1.0/apis/trace'],
    [`${site}/versioned_docs/version-1.0/intro.md`, '/base/1.0/intro'],
    [`${site}/src/pages/about.md`, '/base/about'],
  ]),
});

describe('link targets', () => {
  const intro = `${site}/docs/intro.md`;

  it('finds the level of an item or a classified page from a Markdown file link', () => {
    assert.equal(targets.levelOf('./apis/trace.md#torch-trace', intro), 'beta');
    assert.equal(targets.levelOf('apis/trace.md#torch-trace', intro), 'beta');
    assert.equal(targets.levelOf('../labs/nki.mdx', `${site}/docs/apis/trace.md`), 'alpha');
    assert.equal(targets.levelOf('./labs/nki.mdx?tab=1', intro), 'alpha');
  });

  it('gives no level to Stable items, unclassified pages, unknown anchors and external links', () => {
    assert.equal(targets.levelOf('./apis/trace.md#torch-stable', intro), undefined);
    assert.equal(targets.levelOf('./apis/trace.md', intro), undefined, 'the page holds items but is not classified itself');
    assert.equal(targets.levelOf('./apis/trace.md#nope', intro), undefined);
    assert.equal(targets.levelOf('https://example.com/base/apis/trace#torch-trace', intro), undefined);
    assert.equal(targets.levelOf('//example.com/base/labs/nki', intro), undefined);
    assert.equal(targets.levelOf('mailto:a@b.c', intro), undefined);
  });

  it('resolves bare and root-relative file links against the version content roots, then the site', () => {
    // `apis/trace.md` from a 1.0 page is the 1.0 file, where the API was Alpha.
    assert.equal(targets.levelOf('apis/trace.md#torch-trace', `${site}/versioned_docs/version-1.0/intro.md`), 'alpha');
    assert.equal(targets.levelOf('/apis/trace.md#torch-trace', `${site}/versioned_docs/version-1.0/intro.md`), 'alpha');
    assert.equal(targets.levelOf('/docs/apis/trace.md#torch-trace', `${site}/src/pages/about.md`), 'beta', 'from the site directory');
    // `./` links resolve from the file only: a French page's ./x.md must exist in French.
    assert.equal(targets.levelOf('./apis/trace.md#torch-trace', `${site}/i18n/fr/docs/current/intro.md`), undefined);
    assert.equal(targets.levelOf('apis/trace.md#torch-trace', `${site}/i18n/fr/docs/current/intro.md`), 'beta');
  });

  it('resolves URL paths with or without the base URL, with or without a trailing slash', () => {
    assert.equal(targets.levelOf('/base/apis/trace#torch-trace', intro), 'beta');
    assert.equal(targets.levelOf('/apis/trace#torch-trace', intro), 'beta');
    assert.equal(targets.levelOf('/base/labs/nki', intro), 'alpha');
    assert.equal(targets.levelOf('/base/labs/nki/', intro), 'alpha');
    assert.equal(targets.levelOf('/base/apis/trace/#torch%2Dtrace', intro), 'beta', 'the hash is decoded');
  });

  it('resolves relative URLs and same-page anchors from the linking page', () => {
    assert.equal(targets.levelOf('#torch-trace', `${site}/docs/apis/trace.md`), 'beta');
    assert.equal(targets.levelOf('apis/trace#torch-trace', intro), 'beta');
    assert.equal(targets.levelOf('../labs/nki', `${site}/docs/apis/trace.md`), 'alpha');
    assert.equal(targets.levelOf('#torch-trace', undefined), undefined);
  });
});
