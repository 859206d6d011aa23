/** The remark plugin beyond the fixtures: what it leaves alone, and custom taxonomies. */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {compileWithDocusaurus} from '../support/docusaurus.ts';
import {anchors} from '../support/pipeline.ts';
import {normalizeOptions} from '../support/internals.ts';
import {disclaimerData} from '../support/internals.ts';
import remarkClassification from 'docusaurus-plugin-classification/remark';

const foreign = `---
title: Foreign
---

:::note[Title]

A note with a :custom[directive]{a=b}, a bare :smile and prose like a:b, 16:9 and 10:30.

:::

::youtube{#intro}

:::details

Folded.

:::

Inline code \`:beta\` and a fence:

\`\`\`md
:::beta[not an item]{kind=api}
:::
\`\`\`
`;

describe('the remark plugin', () => {
  it('leaves what it does not own exactly as Docusaurus renders it without the plugin', async () => {
    const filePath = '/site/docs/foreign.md';
    const withPlugin = await compileWithDocusaurus(foreign, {filePath});
    const withoutPlugin = await compileWithDocusaurus(foreign, {filePath, plugin: false});
    assert.equal(withPlugin.code, withoutPlugin.code);
    assert.deepEqual(withPlugin.warnings, withoutPlugin.warnings);
    assert.match(withoutPlugin.warnings.join('\n'), /unused Markdown directives/, 'Docusaurus warns about :custom either way');
  });

  it('renders custom levels and kinds given to it', async () => {
    const compiled = await compileWithDocusaurus(
      '## deploy :experimental{kind=cli}\n\n:::ga[status]{kind=cli}\nDone.\n:::\n\n::classification-table{kind=cli disclaimer}\n',
      {
        remark: {
          levels: [{id: 'experimental', label: 'Experimental', preview: true}, {id: 'ga', label: 'GA'}],
          kinds: {
            cli: {
              label: 'CLI command',
              disclaimer: 'Experimental commands may change without notice.',
              table: {columns: ['Flags'], rows: {experimental: ['May change'], ga: ['Frozen']}},
            },
          },
        },
      },
    );
    assert.deepEqual(compiled.warnings, []);
    assert.deepEqual(anchors(compiled.tree), [
      {id: 'deploy', level: 'experimental', kind: 'cli'},
      {id: 'status', level: 'ga', kind: 'cli'},
    ]);
    assert.match(compiled.code, /children: "Experimental"/);
    assert.match(compiled.code, /children: "May change"/);
    assert.match(compiled.code, /children: "Frozen"/);
    // The table asks for its disclaimer note; the text itself is the theme's
    // (disclaimerData), not compiled into each page.
    assert.match(compiled.code, /_ClassificationTable, \{\s*kind: "cli",\s*disclaimer: true/);
    assert.doesNotMatch(compiled.code, /Experimental commands may change/);
  });

  it('shows raw HTML in option texts as text', async () => {
    const compiled = await compileWithDocusaurus('::classification-table{kind=api}\n', {
      remark: {kinds: {api: {table: {footnotes: ['Footnote <img src=x onerror=alert(1)> and <b>bold</b>.']}}}},
    });
    assert.match(compiled.code, /"<img src=x onerror=alert\(1\)>"/);
    assert.match(compiled.code, /"<b>", "bold", "<\/b>"/);
    assert.doesNotMatch(compiled.code, /_components\.img|_components\.b\b|dangerouslySetInnerHTML/);
  });
});

describe('the remark plugin without the page text', () => {
  it('still renders the items of a tree run without its source', async () => {
    const {unified} = await import('unified');
    const {default: remarkParse} = await import('remark-parse');
    const {default: remarkDirective} = await import('remark-directive');
    const {VFile} = await import('vfile');
    const tree = unified().use(remarkParse).use(remarkDirective).parse(':::beta[Trace]{kind=api}\nBody.\n:::\n');
    await remarkClassification()(tree, new VFile({path: '/site/docs/x.md'}));
    const first = tree.children.find((node) => node.type === 'mdxJsxFlowElement') as {name?: string} | undefined;
    assert.equal(first?.name, '_ClassificationCallout');
  });

  it('classifies a page by front matter given apart from its text', async () => {
    const {unified} = await import('unified');
    const {default: remarkParse} = await import('remark-parse');
    const {VFile} = await import('vfile');
    const value = '# Runtime\n\nText.\n';
    const tree = unified().use(remarkParse).parse(value);
    const frontMatter = {classification: 'beta', classification_kind: 'package'};
    await remarkClassification()(tree, new VFile({path: '/site/docs/runtime.md', value, data: {frontMatter}}));
    const banner = tree.children.find((node) => node.type === 'mdxJsxFlowElement') as {name?: string} | undefined;
    assert.equal(banner?.name, '_ClassificationBanner');
  });
});

describe('the disclaimers the theme shows', () => {
  const levels = [{id: 'experimental', label: 'Experimental', preview: true}, {id: 'ga', label: 'GA'}];

  it('are each kind\'s Markdown as elements and text, with the preview levels', async () => {
    const {levels: normalizedLevels, kinds} = normalizeOptions({
      levels,
      kinds: {
        cli: {label: 'CLI command', disclaimer: 'May change; see [the policy](/docs/policy "Policy") and `--help`.', table: {columns: ['Flags'], rows: {}}},
        quiet: {label: 'Quiet', disclaimer: '', table: {columns: ['Flags'], rows: {}}},
      },
    });
    const data = await disclaimerData({levels: normalizedLevels, kinds});
    assert.deepEqual(Object.keys(data.notices.cli!), ['experimental'], 'the preview level shows the kind\'s disclaimer; GA, stable, nothing');
    assert.equal(data.notices.quiet, undefined, 'a kind without a disclaimer has none');
    assert.equal(data.tables.quiet, undefined);
    assert.equal(data.tables.cli, data.notices.cli!.experimental, 'the level table shows the same text');
    assert.deepEqual(data.texts[data.notices.cli!.experimental!], [
      {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [
          {type: 'text', value: 'May change; see '},
          {type: 'element', tagName: 'a', properties: {href: '/docs/policy', title: 'Policy'}, children: [{type: 'text', value: 'the policy'}]},
          {type: 'text', value: ' and '},
          {type: 'element', tagName: 'code', properties: {}, children: [{type: 'text', value: '--help'}]},
          {type: 'text', value: '.'},
        ],
      },
    ]);
  });

  it('keep raw HTML as text', async () => {
    const {levels: normalizedLevels, kinds} = normalizeOptions({
      kinds: {api: {disclaimer: 'Preview <img src=x onerror=alert(1)> and <b>bold</b>.'}},
    });
    const data = await disclaimerData({levels: normalizedLevels, kinds});
    assert.deepEqual(data.texts[data.notices.api!.alpha!], [
      {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: ['Preview ', '<img src=x onerror=alert(1)>', ' and ', '<b>', 'bold', '</b>', '.'].map((value) => ({type: 'text', value})),
      },
    ]);
  });

  it('follow the kind and the level: a deprecated API says what a deprecated API is, each text written once', async () => {
    const {levels, kinds} = normalizeOptions({kinds: {api: {notices: {deprecated: 'Deprecated APIs go away in the next major release.'}}}});
    const data = await disclaimerData({levels, kinds});
    const text = (kind: string, level: string) => {
      const number = data.notices[kind]?.[level];
      return number === undefined ? undefined : JSON.stringify(data.texts[number]);
    };
    assert.match(text('api', 'alpha')!, /Alpha and Beta classified APIs/);
    assert.equal(text('api', 'beta'), text('api', 'alpha'), 'both preview levels show the kind\'s disclaimer');
    assert.equal(data.notices.api!.alpha, data.notices.api!.beta, 'written once');
    assert.equal(text('api', 'stable'), undefined, 'Stable has no notice');
    assert.match(text('api', 'deprecated')!, /Deprecated APIs go away in the next major release/);
    assert.match(text('package', 'deprecated')!, /Deprecated items are kept for compatibility only/, 'the level\'s own notice for the other kinds');
    assert.doesNotMatch(text('package', 'deprecated')!, /Developer Preview/);
  });
});
