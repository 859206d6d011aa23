/**
 * The theme components rendered with react-dom/server, without a site: the
 * markup readers get for each (see tests/support/theme.ts for the stubs of
 * Docusaurus's modules). Site builds stay for what only a site shows.
 */
import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';
import {createElement, type ComponentType, type ReactNode} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {MDXProvider} from '@mdx-js/react';
import type {IndexEntry, IndexPageData, Level} from 'docusaurus-plugin-classification';
import {loadTheme, type Theme} from '../support/theme.ts';

let theme: Theme;

/** Renders a component with its props, as the server does, and returns its HTML. */
function render<P extends object>(component: (props: P) => ReactNode, props: P): string {
  return renderToStaticMarkup(createElement(component as ComponentType<P>, props));
}

/** The text a reader sees: an element starts a word, and entities are decoded. */
function text(html: string): string {
  return html
    .replace(/<[^/>][^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const LEVELS: Level[] = [
  {id: 'alpha', label: 'Alpha', phase: 'preview', listed: true, notice: true},
  {id: 'beta', label: 'Beta', phase: 'preview', listed: true, notice: true},
  {id: 'stable', label: 'Stable', phase: 'stable', listed: false, notice: false},
  {id: 'deprecated', label: 'Deprecated', phase: 'retired', listed: true, notice: 'Deprecated.'},
];
const KINDS = [
  {id: 'api', label: 'API', plural: 'APIs'},
  {id: 'model', label: 'Model class', plural: 'Model classes'},
];

function entry(fields: Partial<IndexEntry> & Pick<IndexEntry, 'id' | 'title' | 'kind' | 'level'>): IndexEntry {
  return {
    permalink: '/apis/torch',
    anchor: `/apis/torch#${fields.id}`,
    page: 'Torch APIs',
    source: 'docs/apis/torch.md',
    form: 'container',
    ...fields,
  };
}

const TRACE = entry({id: 'trace', title: 'torch_neuron.trace', kind: 'api', level: 'beta', since: '2.18'});
const FLAG = entry({id: 'flag', title: '--fast-math', kind: 'api', level: 'alpha', page: 'Compiler flags', permalink: '/flags', anchor: '/flags#flag'});
const LLAMA = entry({id: 'llama', title: 'Llama', kind: 'model', level: 'alpha', scope: {framework: 'PyTorch', workload: 'training'}, page: 'Models', permalink: '/models', anchor: '/models#llama'});
const LLAMA_INFERENCE = {...LLAMA, id: 'llama-inference', scope: {framework: 'PyTorch', workload: 'inference'}, level: 'stable', anchor: '/models#llama-inference'};
const BERT = entry({id: 'bert', title: 'BERT', kind: 'model', level: 'beta', scope: {framework: 'PyTorch', workload: 'training'}, page: 'Models', permalink: '/models', anchor: '/models#bert'});

const DISCLAIMER =
  '<div class="classification-disclaimer classification-disclaimer--inline" data-classification-level="beta" data-classification-kind="api">' +
  '<p data-note="policy">Alpha and Beta APIs are a Developer Preview (see <a href="https://docs.aws.amazon.com/sdkref/latest/guide/maint-policy.html">AWS SDK policy</a>) &lt;b&gt;not&lt;/b&gt; for production.</p>' +
  '</div>';

describe('theme components, rendered on the server', () => {
  before(async () => {
    theme = await loadTheme();
  });

  it('ClassificationBadge: the level as text, with its class and level hook', () => {
    assert.equal(
      render(theme.ClassificationBadge, {level: 'beta', label: 'Beta'}),
      '<span class="classification-badge classification-badge--beta" data-classification-level="beta">Beta</span>',
    );
    assert.equal(
      render(theme.ClassificationBadge, {level: 'alpha', label: 'Alpha', since: '2.18', className: 'extra'}),
      '<span class="classification-badge classification-badge--alpha extra" data-classification-level="alpha">Alpha</span>' +
        '<span class="classification-since">since 2.18</span>',
    );
  });

  it('ClassificationSince: "since" and the version, as bare text', () => {
    assert.equal(render(theme.ClassificationSince, {since: '2024-04-01'}), 'since 2024-04-01');
  });

  it('ClassificationMeta: kind, framework × workload and since, as text, only what is given', () => {
    assert.equal(
      render(theme.ClassificationMeta, {kindLabel: 'Model class', scope: {framework: 'PyTorch', workload: 'training'}, since: '2.18'}),
      'Model class · PyTorch · training · since 2.18',
    );
    assert.equal(render(theme.ClassificationMeta, {kindLabel: 'API'}), 'API');
    assert.equal(render(theme.ClassificationMeta, {kindLabel: 'API', scope: {workload: 'inference'}}), 'API · inference');
  });

  it('ClassificationCallout: header (badge, title, kind, scope, since), then the disclaimer, then the body', () => {
    const html = render(theme.ClassificationCallout, {
      id: 'trace',
      level: 'beta',
      kind: 'api',
      title: 'torch_neuron.trace',
      levelLabel: 'Beta',
      kindLabel: 'API',
      since: '2.18',
      scope: {framework: 'PyTorch'},
      children: createElement('p', null, 'Traces a model.'),
    });
    assert.equal(
      html,
      '<section id="trace" class="classification-callout classification-callout--beta" data-classification-level="beta" data-classification-kind="api">' +
        '<div class="classification-callout__header">' +
        '<span class="classification-badge classification-badge--beta" data-classification-level="beta">Beta</span>' +
        '<span class="classification-callout__title">torch_neuron.trace</span>' +
        '<span class="classification-callout__meta">API · PyTorch · since 2.18</span>' +
        '</div>' +
        `<div class="classification-callout__body">${DISCLAIMER}<p>Traces a model.</p></div>` +
        '</section>',
    );
    assert.equal(text(html), 'Beta torch_neuron.trace API · PyTorch · since 2.18 Alpha and Beta APIs are a Developer Preview (see AWS SDK policy) <b>not</b> for production. Traces a model.');
    assert.ok(theme.collected.anchors.includes('trace'), 'its id is an anchor for the broken-link checker');
  });

  it('ClassificationCallout: not a landmark, no name repeating its header; a Stable one has no disclaimer', () => {
    const html = render(theme.ClassificationCallout, {
      level: 'stable',
      kind: 'api',
      title: 'Profiler',
      levelLabel: 'Stable',
      kindLabel: 'API',
    });
    assert.doesNotMatch(html, /aria-label|aria-labelledby|role=/);
    assert.doesNotMatch(html, /classification-disclaimer/);
    assert.equal(text(html), 'Stable Profiler API');
  });

  it('ClassificationCallout: a title with markup stays text', () => {
    const html = render(theme.ClassificationCallout, {
      id: 'x',
      level: 'stable',
      kind: 'api',
      title: '<img src=x onerror="alert(1)">',
      levelLabel: 'Stable',
      kindLabel: 'API',
    });
    assert.match(html, /<span class="classification-callout__title">&lt;img src=x onerror=&quot;alert\(1\)&quot;&gt;<\/span>/);
    assert.doesNotMatch(html, /<img/);
  });

  it('ClassificationBanner: a plain block (no landmark) with the badge, kind, scope, since and disclaimer', () => {
    const html = render(theme.ClassificationBanner, {
      id: 'runtime',
      level: 'beta',
      kind: 'api',
      title: 'Runtime',
      levelLabel: 'Beta',
      kindLabel: 'API',
      since: '2.17',
      scope: {workload: 'inference'},
    });
    assert.match(html, /^<div id="runtime" class="classification-banner classification-banner--beta" data-classification-level="beta" data-classification-kind="api">/);
    assert.doesNotMatch(html, /<aside|<section|aria-label|role=/);
    assert.equal(text(html), 'Beta API · inference · since 2.17 Alpha and Beta APIs are a Developer Preview (see AWS SDK policy) <b>not</b> for production.');
  });

  it('ClassificationDisclaimer: the kind’s text for preview levels, children instead, nothing otherwise', () => {
    assert.equal(render(theme.ClassificationDisclaimer, {level: 'beta', kind: 'api'}), DISCLAIMER);
    assert.equal(render(theme.ClassificationDisclaimer, {level: 'stable', kind: 'api'}), '');
    assert.equal(render(theme.ClassificationDisclaimer, {level: 'beta', kind: 'feature'}), '', 'a kind without a disclaimer');
    assert.equal(
      render(theme.ClassificationDisclaimer, {level: 'stable', kind: 'api', children: 'Our own words.'}),
      '<div class="classification-disclaimer classification-disclaimer--inline" data-classification-level="stable" data-classification-kind="api">Our own words.</div>',
    );
  });

  it('ClassificationDisclaimer: the text of the plugin instance the item belongs to', () => {
    assert.match(
      render(theme.ClassificationDisclaimer, {level: 'development', kind: 'component', pluginId: 'spec'}),
      /data-classification-level="development" data-classification-kind="component"><p>Components in development may change\.<\/p><\/div>$/,
    );
    // The default instance has neither that level nor that kind; the other has no api.
    assert.equal(render(theme.ClassificationDisclaimer, {level: 'development', kind: 'component'}), '');
    assert.equal(render(theme.ClassificationDisclaimer, {level: 'beta', kind: 'api', pluginId: 'spec'}), '');
    assert.match(
      render(theme.ClassificationCallout, {id: 'x', level: 'development', kind: 'component', title: 'Exporter', levelLabel: 'Development', kindLabel: 'Component', pluginId: 'spec'}),
      /Components in development may change\./,
    );
  });

  it('ClassificationRetirement: its removal in the tense of the docs version, and its replacement linked when the site has it', () => {
    const before = render(theme.ClassificationRetirement, {level: 'deprecated', levelLabel: 'Deprecated', since: '2.19', removal: '3.0', replacement: {title: 'new_trace', href: '/apis/torch#new_trace'}});
    assert.equal(text(before), 'Deprecated since 2.19. Will be removed in 3.0. Use new_trace instead.');
    assert.match(before, /<a href="\/apis\/torch#new_trace">new_trace<\/a>/);
    const after = render(theme.ClassificationRetirement, {level: 'deprecated', levelLabel: 'Deprecated', since: '2.19', removal: '3.0', removed: true, replacement: {title: 'https-only'}});
    assert.equal(text(after), 'Removed in 3.0. Use https-only instead.');
    assert.match(after, /<code>https-only<\/code>/, 'a replacement the site does not have is named, not linked');
    assert.equal(text(render(theme.ClassificationRetirement, {level: 'deprecated', levelLabel: 'Deprecated', since: '2.19'})), 'Deprecated since 2.19.');
    // In a callout, above its notice.
    const callout = render(theme.ClassificationCallout, {id: 'old', level: 'deprecated', kind: 'api', title: 'old_trace', levelLabel: 'Deprecated', kindLabel: 'API', since: '2.19', retirement: {removal: '3.0'}});
    assert.match(callout, /<p class="classification-retirement">Deprecated since 2\.19\. Will be removed in 3\.0\.<\/p><div class="classification-disclaimer[^"]*"[^>]*><p>Deprecated APIs will be removed\.<\/p><\/div>/);
    // Past its removal, the line says it all: no notice of a level it no longer has.
    const removed = render(theme.ClassificationCallout, {id: 'old', level: 'deprecated', kind: 'api', title: 'old_trace', levelLabel: 'Deprecated', kindLabel: 'API', since: '2.19', retirement: {removal: '3.0', removed: true}});
    assert.match(removed, /<p class="classification-retirement">Removed in 3\.0\.<\/p>/);
    assert.doesNotMatch(removed, /classification-disclaimer/);
  });

  it("ClassificationCallout: with notices: 'first', a later item links to the notice of the first instead of repeating it", () => {
    const html = render(theme.ClassificationCallout, {id: 'two', level: 'beta', kind: 'api', title: 'Two', levelLabel: 'Beta', kindLabel: 'API', noticeAt: 'one'});
    assert.match(html, /<p class="classification-disclaimer classification-disclaimer--see-above" data-classification-level="beta" data-classification-kind="api"><a href="#one">See the notice above\.<\/a><\/p>/);
    assert.doesNotMatch(html, /Developer Preview/);
    // A kind and level without a notice shows nothing, link or not.
    assert.doesNotMatch(render(theme.ClassificationCallout, {id: 'three', level: 'stable', kind: 'api', title: 'Three', levelLabel: 'Stable', kindLabel: 'API', noticeAt: 'one'}), /see-above/);
  });

  it('ClassificationCallout: a registry item shows its earlier levels after since', () => {
    const html = render(theme.ClassificationCallout, {id: 'nki', level: 'beta', kind: 'api', title: 'NKI', levelLabel: 'Beta', kindLabel: 'API', since: '2.18', earlier: 'Alpha 2.15'});
    assert.match(text(html), /NKI API · since 2\.18 \(Alpha 2\.15\)/);
  });

  it('ClassificationStatement: its text, then its badge, inline, with the anchor the index links to', () => {
    const html = render(theme.ClassificationStatement, {id: 'dynamic-batch', level: 'beta', kind: 'api', levelLabel: 'Beta', kindLabel: 'API', children: 'Batch sizes other than the traced one'});
    assert.equal(
      html,
      '<span id="dynamic-batch" class="classification-statement" data-classification-level="beta" data-classification-kind="api">Batch sizes other than the traced one <span class="classification-badge classification-badge--beta" data-classification-level="beta">Beta</span></span>',
    );
    assert.ok(theme.collected.anchors.includes('dynamic-batch'), 'its id is an anchor for the broken-link checker');
    // Beside its sentence (an id, no label): the badge alone carries the anchor.
    assert.match(render(theme.ClassificationStatement, {id: 'control-flow', level: 'alpha', kind: 'api', levelLabel: 'Alpha', kindLabel: 'API', since: '2.19'}), /^<span id="control-flow" [^>]*><span class="classification-badge classification-badge--alpha"[^>]*>Alpha<\/span><span class="classification-since">/);
  });

  // Docusaurus 3's MDX components name the admonition `admonition`; `:::note` compiled to the `Admonition` MDX component names it so.
  for (const name of ['admonition', 'Admonition']) {
    it(`ClassificationDisclaimer: as a note, through the site’s admonition (MDX component \`${name}\`)`, () => {
      const Admonition = ({type, className, children}: {type: string; className?: string; children?: ReactNode}): ReactNode =>
        createElement('div', {className: `theme-admonition theme-admonition-${type} ${className}`}, children);
      const html = renderToStaticMarkup(
        createElement(MDXProvider, {components: {[name]: Admonition}}, createElement(theme.ClassificationDisclaimer, {kind: 'package', variant: 'note'})),
      );
      assert.equal(html, '<div class="theme-admonition theme-admonition-note classification-disclaimer"><p>Preview packages are for feedback.</p></div>');
    });
  }

  it('ClassificationTable: the disclaimer note above the table and footnotes it is given', () => {
    const table = createElement('table', {key: 'table'}, createElement('tbody', null, createElement('tr', null, createElement('th', null, 'Alpha'), createElement('td', null, 'No contract'))));
    const html = render(theme.ClassificationTable, {kind: 'api', disclaimer: true, children: [table, createElement('p', {key: 'note'}, '*Footnote.')]});
    assert.match(html, /^<div class="classification-table" data-classification-kind="api"><div class="classification-disclaimer classification-disclaimer--inline" data-classification-kind="api">/);
    assert.match(html, /<\/div><table><tbody><tr><th>Alpha<\/th><td>No contract<\/td><\/tr><\/tbody><\/table><p>\*Footnote\.<\/p><\/div>$/);
    assert.doesNotMatch(render(theme.ClassificationTable, {kind: 'api', children: table}), /classification-disclaimer/);
  });

  it('ClassificationEntries: each entry links to its item, with badge, page, scope and since', () => {
    const html = render(theme.ClassificationEntries, {entries: [TRACE, LLAMA, {...FLAG, anchor: ''}], levels: LEVELS});
    const items = html.match(/<li[^>]*>.*?<\/li>/g) ?? [];
    assert.equal(items.length, 3);
    assert.match(items[0]!, /^<li data-classification-entry="" data-classification-level="beta" data-classification-kind="api"><a href="\/apis\/torch#trace" class="title">torch_neuron.trace<\/a>/);
    assert.equal(text(items[0]!), 'torch_neuron.trace Beta — Torch APIs (since 2.18)');
    assert.match(items[0]!, /<a href="\/apis\/torch">Torch APIs<\/a>/);
    assert.equal(text(items[1]!), 'Llama Alpha PyTorch · training — Models');
    assert.match(items[2]!, /<span class="title">--fast-math<\/span>/, 'an item without an anchor is not a link');
    assert.match(html, /^<ul role="list" class="classification-entries entries">/);
  });

  it('ClassificationEntries: in the index, links carry the router’s href and stale items say why', () => {
    const stale = {...TRACE, stale: 'Beta for 400 days', staleBy: 'age' as const};
    const html = render(theme.ClassificationEntries, {entries: [stale], levels: LEVELS, isShown: () => true});
    assert.match(html, /<a href="\/apis\/torch#trace" class="title">torch_neuron.trace<\/a>/);
    assert.match(html, /<span class="classification-stale" title="Beta for 400 days"> in preview since 2.18<\/span>/);
    assert.match(html, /class="classification-entries entries filterable"/);
  });

  it('ClassificationList: entries grouped by kind, and what it says when it has none', () => {
    const html = render(theme.ClassificationList, {entries: [TRACE, BERT], levels: LEVELS, kinds: KINDS, built: true});
    assert.equal(text(html), 'APIs torch_neuron.trace Beta — Torch APIs (since 2.18) Model classes BERT Beta PyTorch · training — Models');
    assert.match(html, /<div data-classification-kind="api"><p><strong>APIs<\/strong><\/p>/);
    const apis = render(theme.ClassificationList, {entries: [TRACE], kind: 'api', levels: LEVELS, kinds: KINDS, built: true});
    assert.doesNotMatch(apis, /<strong>/, 'one kind: no group heading');
    assert.equal(render(theme.ClassificationList, {entries: [], levels: LEVELS, kinds: KINDS, built: true}), '<p class="classification-list">No classified items.</p>');
    assert.match(render(theme.ClassificationList, {entries: [], levels: LEVELS, kinds: KINDS, built: false}), /plugin, which is not enabled\.<\/p>$/);
  });

  it('ClassificationMatrix: a badge linking to each declared cell, a dash read as "not declared" elsewhere', () => {
    const html = render(theme.ClassificationMatrix, {entries: [LLAMA, LLAMA_INFERENCE, BERT], levels: LEVELS, caption: 'Model classes by framework and workload', corner: 'Model class'});
    assert.match(html, /^<table class="classification-matrix"><caption>Model classes by framework and workload<\/caption>/);
    assert.match(html, /<thead><tr><th scope="col">Model class<\/th><th scope="col">PyTorch · inference<\/th><th scope="col">PyTorch · training<\/th><\/tr><\/thead>/);
    const rows = html.match(/<tr><th scope="row">.*?<\/tr>/g) ?? [];
    assert.equal(rows.length, 2);
    assert.match(rows[0]!, /^<tr><th scope="row">Llama<\/th><td><a href="\/models#llama-inference" aria-label="Llama, PyTorch · inference: Stable"><span class="classification-badge classification-badge--stable" data-classification-level="stable">Stable<\/span><\/a><\/td>/);
    assert.match(rows[1]!, /<th scope="row">BERT<\/th><td><span title="not declared"><span aria-hidden="true">—<\/span><span class="classification-visually-hidden">not declared<\/span><\/span><\/td>/);
    assert.equal(render(theme.ClassificationMatrix, {entries: [TRACE], levels: LEVELS}), '', 'no scope: no matrix');
    // Entries of several kinds: the rows' heading says what they are in general.
    assert.match(render(theme.ClassificationMatrix, {entries: [LLAMA], levels: LEVELS}), /<thead><tr><th scope="col">Item<\/th>/);
  });

  it('ClassificationIndexPage: title, intro, filters, and the items by kind then level', () => {
    const data: IndexPageData = {
      title: 'Classification index',
      entries: [TRACE, FLAG, LLAMA, BERT],
      levels: LEVELS,
      kinds: KINDS,
      includeStable: false,
      defaultLevel: 'stable',
      versions: [],
      matrix: [LLAMA, BERT],
      policyPage: '/sdk-classification',
    };
    const html = render(theme.ClassificationIndexPage, {data});
    assert.match(html, /<h1>Classification index<\/h1>/);
    assert.match(
      text(html),
      /^Classification index Every Alpha \/ Beta item of this site, by kind and maturity level\. Items not listed here are Stable\. What each level promises /,
    );
    assert.match(html, /<a href="\/sdk-classification">What each level promises<\/a>/);
    assert.match(html, /<form class="filters" role="search" aria-label="Filter the index">/);
    assert.match(html, /<p role="status" class="status">Showing 4 of 4 items<\/p>/);
    assert.deepEqual([...html.matchAll(/<h([23])[^>]*>(.*?)<\/h\1>/g)].map((match) => `h${match[1]} ${match[2]}`), [
      'h2 APIs',
      'h3 Alpha APIs',
      'h3 Beta APIs',
      'h2 Model classes',
      'h3 Alpha Model classes',
      'h3 Beta Model classes',
    ]);
    assert.equal(html.match(/data-classification-entry=""/g)?.length, 4);
    assert.equal(html.match(/<table class="classification-matrix">/g)?.length, 1);
  });

  it('DocSidebarItem/Link: a link to a preview page carries its badge text, others are untouched', () => {
    theme.globalData['docusaurus-plugin-classification'] = {
      default: {levels: LEVELS.map(({id, label, listed}) => ({id, label, listed})), pages: {'/runtime': 'beta'}},
    };
    const props = {item: {type: 'link', href: '/runtime/', label: 'Runtime', docId: 'runtime'}, level: 1, index: 0, activePath: '/'} as const;
    assert.equal(
      render(theme.DocSidebarItemLink, props),
      '<li><a href="/runtime/" data-classification-level="beta" data-classification-label="Beta">Runtime</a></li>',
    );
    assert.equal(render(theme.DocSidebarItemLink, {...props, item: {...props.item, href: '/runtime-2'}}), '<li><a href="/runtime-2">Runtime</a></li>');
  });

  it('DocSidebarItem/Category: its own page decides; else the level all its docs share, the least mature first', () => {
    theme.globalData['docusaurus-plugin-classification'] = {
      default: {
        levels: LEVELS.map(({id, label, listed}) => ({id, label, listed})),
        pages: {'/overview': 'stable', '/labs': 'beta', '/labs/a': 'alpha', '/labs/b': 'beta', '/old/a': 'deprecated', '/plain': 'x'},
      },
    };
    const doc = (href: string) => ({type: 'link', href, label: href, docId: href});
    const category = (href: string | undefined, items: ReturnType<typeof doc>[]) =>
      render(theme.DocSidebarItemCategory, {item: {type: 'category', label: 'Labs', href, items, collapsed: true, collapsible: true}, level: 1, index: 0, activePath: '/'} as never);
    const badge = (html: string) => /data-classification-label="([^"]*)"/.exec(html)?.[1];
    // A Stable overview page: no badge, although every doc in it is a preview.
    assert.equal(badge(category('/overview', [doc('/labs/a'), doc('/labs/b')])), undefined);
    // Its own page's level, not its children's least mature one.
    assert.equal(badge(category('/labs', [doc('/labs/a'), doc('/labs/b')])), 'Beta');
    // No page of its own: the least mature level of its docs, when all have a listed one.
    assert.equal(badge(category(undefined, [doc('/labs/a'), doc('/labs/b')])), 'Alpha');
    assert.equal(badge(category(undefined, [doc('/labs/b'), doc('/old/a')])), 'Beta', 'a preview before a retired level');
    assert.equal(badge(category(undefined, [doc('/old/a')])), 'Deprecated');
    assert.equal(badge(category(undefined, [doc('/labs/a'), doc('/runtime')])), undefined, 'an unclassified doc among them: no badge');
    assert.equal(badge(category(undefined, [])), undefined);
    // The badge is on the category's link, a ::before (classification.css), never on the ::after Infima rotates.
    assert.match(category('/labs', [doc('/labs/a')]), /^<li><a class="menu__link menu__link--sublist" href="\/labs" data-classification-level="beta" data-classification-label="Beta">/);
  });

  it('DocSidebarItem/Link: pages of every plugin instance carry their badge, a single instance of any id too', () => {
    const spec = {levels: [{id: 'development', label: 'Development', listed: true}], pages: {'/spec/exporter': 'development'}};
    const link = (href: string) => ({item: {type: 'link', href, label: 'Page', docId: 'page'}, level: 1, index: 0, activePath: '/'}) as const;
    theme.globalData['docusaurus-plugin-classification'] = {
      default: {levels: LEVELS.map(({id, label, listed}) => ({id, label, listed})), pages: {'/runtime': 'beta'}},
      spec,
    };
    assert.match(render(theme.DocSidebarItemLink, link('/spec/exporter')), /data-classification-level="development" data-classification-label="Development"/);
    assert.match(render(theme.DocSidebarItemLink, link('/runtime')), /data-classification-level="beta"/);
    theme.globalData['docusaurus-plugin-classification'] = {spec};
    assert.match(render(theme.DocSidebarItemLink, link('/spec/exporter')), /data-classification-level="development"/);
  });
});
