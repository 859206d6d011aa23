/**
 * The release view and retired items under hostile and unlucky input: what
 * authors write reaches release notes, feeds and tables as text only, every
 * change names its item (and cell) and has an id of its own, a registry
 * history holds in versioned docs, versions compare one way, and a retired
 * item's values make sense.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import type {IndexEntry} from 'docusaurus-plugin-classification';
import {parseFeed} from '../support/feed.ts';
import {writeSiteFile} from '../support/plugin-load.ts';
import {changesFeed, cliOutput, DEFAULT_KINDS, DEFAULT_LEVELS, historyReleases, loadRegistry, normalizeOptions, snapshotOfPages} from '../support/internals.ts';

const taxonomy = {levels: DEFAULT_LEVELS, kinds: DEFAULT_KINDS};
const labels = {levels: {alpha: 'Alpha', beta: 'Beta', stable: 'Stable'}, kinds: {api: 'APIs', model: 'Model classes'}};
const feedSettings = {
  site: 'https://example.com/',
  page: 'https://example.com/classification/changes',
  feed: 'https://example.com/classification/changes.xml',
  title: 'What changed',
  today: '2026-12-01',
  changeLabels: {new: 'New', promoted: 'Promoted'},
};
let siteDir: string;

const write = (file: string, text: string): string => writeSiteFile(siteDir, file, text);

function entry(id: string, extra: Partial<IndexEntry> = {}): IndexEntry {
  return {id, title: id, kind: 'api', level: 'beta', permalink: '/', anchor: `/#${id}`, source: 'docs/index.md', page: 'Home', form: 'heading', since: '1.0', ...extra};
}

/** What `--changes` prints for these releases, in a format. */
function changesText(releases: ReturnType<typeof historyReleases>, format: 'markdown' | 'table' | 'json'): string {
  return cliOutput({releases, taxonomy: normalizeOptions({})} as never, {changes: true, format} as never);
}

type MdNode = {type: string; url?: string; value?: string; children?: MdNode[]};
const nodes = (tree: MdNode): MdNode[] => [tree, ...(tree.children ?? []).flatMap(nodes)];
const text = (node: MdNode): string => node.value ?? (node.children ?? []).map(text).join('');
const markdownTree = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown) as unknown as MdNode;

before(() => {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'classification-release-input-'));
});

after(() => {
  fs.rmSync(siteDir, {recursive: true, force: true});
});

describe('release notes carry author text as text', () => {
  it('an id written to end the link and start another gives one link, to the item', () => {
    const anchor = '/#z)[click](https://evil.example/';
    const releases = historyReleases([entry('z)[click](https://evil.example/', {title: 'Paren id', anchor})], taxonomy);
    const tree = markdownTree(changesText(releases, 'markdown'));
    const links = nodes(tree).filter((node) => node.type === 'link');
    assert.equal(links.length, 1, changesText(releases, 'markdown'));
    assert.equal(text(links[0]!), 'Paren id');
    assert.equal(decodeURIComponent(links[0]!.url!), anchor);
  });

  it('entities, emphasis, HTML, autolinks and line breaks in a title stay its text, on its line', () => {
    const title = 'Tom &amp; Jerry &copy; *bold* <b>x</b> www.evil.example https://evil.example a@b.co `code` ~~gone~~ {expr}\n\n# Injected heading';
    const releases = historyReleases([entry('t', {title})], taxonomy);
    const markdown = changesText(releases, 'markdown');
    const tree = markdownTree(markdown);
    const kinds = new Set(nodes(tree).map((node) => node.type));
    for (const kind of ['html', 'emphasis', 'inlineCode', 'delete', 'thematicBreak']) {
      assert.equal(kinds.has(kind), false, `${kind} in ${markdown}`);
    }
    assert.deepEqual(nodes(tree).filter((node) => node.type === 'heading').map(text), ['1.0', 'APIs']);
    const links = nodes(tree).filter((node) => node.type === 'link');
    assert.deepEqual(links.map(text), [title.replace(/\n+/g, ' ')]);
    // The table: one line per change, the title on it.
    const table = changesText(releases, 'table').split('\n');
    assert.equal(table.length, 2);
    assert.ok(table[1]!.includes('Tom &amp; Jerry &copy; *bold* <b>x</b>'), table[1]);
  });

  it('a registry title of several lines, with a lone surrogate, or that shows nothing, is refused at its line; `--check` and the build see the same registry', () => {
    const file = write('classification.yml', 'a:\n  title: "A\\n\\n# Injected heading"\n  kind: api\n  level: beta\nghost:\n  kind: api\n  title: "Ghost \\uD800 item"\n  level: beta\ninvisible:\n  title: "\\u200b"\n  kind: api\n  level: beta\n');
    const {problems} = loadRegistry(file, taxonomy);
    assert.deepEqual(
      problems.map((line) => line.replace(`${siteDir}/`, '').replace(/; expected.*/, '')),
      ['classification.yml:2:10: the title of "a" has a line break', 'classification.yml:7:10: the title of "ghost" has a lone UTF-16 surrogate', 'classification.yml:9:1: "invisible" has no title'],
    );
  });

  it('a label written on two lines, or with a hard line break, is one line of text with a space', async () => {
    write('lines/docs/index.md', '# Home\n\n- :beta[Hard\\\nbreak]{#hard kind=api}\n- :beta[Soft\nbreak]{#soft kind=api}\n');
    const {entries} = await snapshotOfPages({pages: [{filePath: path.join(siteDir, 'lines/docs/index.md'), frontMatter: {}, permalink: '/', source: 'docs/index.md', title: 'Home'}], siteDir});
    assert.deepEqual(entries.map((candidate) => candidate.title), ['Hard break', 'Soft break']);
  });

  it('a feed of a lone surrogate title is still written, and parses', async () => {
    const releases = historyReleases([entry('g', {title: 'Ghost \uD800 item', anchor: '/#g\uDC00', form: 'registry'})], taxonomy);
    const feed = await parseFeed(changesFeed(releases, labels, feedSettings));
    assert.deepEqual(feed.entries.map((item) => item.title), ['New: Ghost \uFFFD item (Beta)']);
  });
});

describe("the CLI's listing as Markdown", () => {
  it('a title and an id that try to end the link or the table cell stay in their cell, one link each', () => {
    const entries = [
      entry('z)[click](https://evil.example/', {title: 'Paren | id [x](https://evil.example/)', anchor: '/#z)[click](https://evil.example/'}),
      entry('plain', {title: 'www.evil.example & <b>bold</b>', anchor: ''}),
    ];
    const markdown = cliOutput({entries, taxonomy: normalizeOptions({})} as never, {format: 'markdown', all: true} as never);
    const tables = nodes(markdownTree(markdown)).filter((node) => node.type === 'table');
    assert.equal(tables.length, 1, markdown);
    const rows = tables[0]!.children!.slice(1);
    assert.equal(rows.length, 2);
    assert.ok(rows.every((row) => row.children!.length === tables[0]!.children![0]!.children!.length), 'every row as many cells as the header');
    const links = nodes(tables[0]!).filter((node) => node.type === 'link');
    assert.deepEqual(links.map((link) => [text(link), decodeURIComponent(link.url!)]), [['Paren | id [x](https://evil.example/)', '/#z)[click](https://evil.example/']]);
    assert.ok(rows[1]!.children!.some((cell) => text(cell).replace(/\u2060/g, '') === 'www.evil.example & <b>bold</b>'));
  });
});

describe('every change is its item, and its cell', () => {
  it('two registry items of one title and no page have two Atom ids, which do not move with their titles', async () => {
    const twins = [entry('one', {title: 'Twin', ref: 'one', anchor: '', form: 'registry'}), entry('two', {title: 'Twin', ref: 'two', anchor: '', form: 'registry'})];
    const ids = async (list: IndexEntry[]) => (await parseFeed(changesFeed(historyReleases(list, taxonomy), labels, feedSettings))).entries.map((item) => item.id).sort();
    const first = await ids(twins);
    assert.equal(new Set(first).size, 2);
    assert.deepEqual(await ids(twins.map((twin) => ({...twin, title: 'Renamed'}))), first);
  });

  it("two cells of one model class: each change says its framework and workload, in every output", async () => {
    const cell = (framework: string, level: string) =>
      entry('llama-2', {title: 'Llama 2', kind: 'model', ref: 'llama-2', level, scope: {framework, workload: 'Training'}, anchor: '', form: 'registry'});
    const releases = historyReleases([cell('PyTorch NeuronX', 'beta'), cell('JAX', 'alpha')], taxonomy);
    assert.deepEqual(releases[0]!.changes.map((change) => change.scope), [{framework: 'JAX', workload: 'Training'}, {framework: 'PyTorch NeuronX', workload: 'Training'}]);
    const markdown = changesText(releases, 'markdown');
    assert.match(markdown, /New\*\*: Llama 2 \(JAX · Training\) \(Alpha\)/);
    assert.match(markdown, /New\*\*: Llama 2 \(PyTorch NeuronX · Training\) \(Beta\)/);
    assert.match(changesText(releases, 'table'), /new +model +Llama 2 \(JAX · Training\) +Alpha/);
    const feed = await parseFeed(changesFeed(releases, labels, feedSettings));
    assert.deepEqual(feed.entries.map((item) => item.title).sort(), ['New: Llama 2 (JAX · Training) (Alpha)', 'New: Llama 2 (PyTorch NeuronX · Training) (Beta)']);
    assert.equal(new Set(feed.entries.map((item) => item.id)).size, 2);
  });
});

describe('a registry history in versioned docs', () => {
  it("each docs version shows the history's level at that version, and the release that changed it lists the change", async () => {
    const file = write('history/classification.yml', 'cache:\n  title: Compilation cache\n  kind: api\n  history:\n    - {level: alpha, since: "1.9"}\n    - {level: beta, since: "1.10"}\n');
    const {registry, problems: registryProblems} = loadRegistry(file, taxonomy);
    assert.deepEqual(registryProblems, []);
    write('history/versioned_docs/version-1.9/cache.md', '# Cache\n\n:::classification{ref=cache}\n:::\n');
    write('history/docs/cache.md', '# Cache\n\n:::classification{ref=cache}\n:::\n');
    // A page of the 1.9 docs that says Beta contradicts the registry there.
    write('history/versioned_docs/version-1.9/wrong.md', '# Wrong\n\n:::beta{ref=cache}\n:::\n');
    const page = (file: string, version: string, permalink: string) => ({filePath: path.join(siteDir, 'history', file), frontMatter: {}, permalink, source: file, title: 'Cache', version, docId: 'cache'});
    const {entries, releases, problems} = await snapshotOfPages({
      pages: [page('docs/cache.md', 'current', '/cache'), page('versioned_docs/version-1.9/cache.md', '1.9', '/1.9/cache'), {...page('versioned_docs/version-1.9/wrong.md', '1.9', '/1.9/wrong'), docId: 'wrong'}],
      siteDir,
      registry,
      versions: [
        {name: 'current', label: '1.10', isLast: true},
        {name: '1.9', label: '1.9', isLast: false},
      ],
    });
    assert.deepEqual(problems.map((line) => line.replaceAll(`${siteDir}/`, '').replace(/; expected.*/, '')), [
      'history/versioned_docs/version-1.9/wrong.md:3:1: :::beta contradicts the registry: "cache" is alpha (history/classification.yml:1:1)',
    ]);
    const byVersion = Object.fromEntries(entries.filter((candidate) => candidate.ref === 'cache').map((candidate) => [candidate.version, [candidate.level, candidate.since, candidate.history?.length]]));
    assert.deepEqual(byVersion, {'1.9': ['alpha', '1.9', 1], current: ['beta', '1.10', 2]});
    assert.deepEqual(releases.map((release) => [release.previous, release.label, release.changes.map((change) => `${change.change} ${change.from}→${change.to}`)]), [['1.9', '1.10', ['promoted alpha→beta']]]);
  });
});

describe('one comparison of versions', () => {
  it('`2.0` and `v2.0` are one release, for --changes and for newFor', async () => {
    const releases = historyReleases([entry('a', {since: '2.0'}), entry('b', {since: 'v2.0'}), entry('c', {since: '2.0.0-rc.1'}), entry('d', {since: '1.9'})], taxonomy);
    assert.deepEqual(releases.map((release) => [release.label, release.changes.map((change) => change.title)]), [
      ['2.0', ['a', 'b']],
      ['2.0.0-rc.1', ['c']],
      ['1.9', ['d']],
    ]);
    write('new/docs/index.md', '# Home\n\n## A :beta{kind=api since=2.0}\n\n## B :beta{kind=api since=v2.0}\n\n## C :beta{kind=api since=1.9}\n');
    const {entries} = await snapshotOfPages({
      pages: [{filePath: path.join(siteDir, 'new/docs/index.md'), frontMatter: {}, permalink: '/', source: 'docs/index.md', title: 'Home'}],
      siteDir,
      settings: {newFor: 1},
    });
    assert.deepEqual(entries.map((candidate) => [candidate.title, candidate.newIn]), [['A', '2.0'], ['B', '2.0'], ['C', undefined]]);
  });

  it('a history out of order by semver, or mixing versions and dates, is refused with the fix', () => {
    const file = write('order/classification.yml', [
      'rc:\n  title: RC\n  kind: api\n  history:\n    - {level: alpha, since: "2.0.0"}\n    - {level: beta, since: "2.0.0-rc.1"}',
      'mixed:\n  title: Mixed\n  kind: api\n  history:\n    - {level: alpha, since: "2030-01-01"}\n    - {level: beta, since: "1.0"}',
      '',
    ].join('\n'));
    const {problems} = loadRegistry(file, taxonomy);
    assert.deepEqual(problems.map((line) => line.replace(`${siteDir}/`, '')), [
      'order/classification.yml:6:7: the history of "rc" has beta since 2.0.0-rc.1 after alpha since 2.0.0; expected entries oldest first, each at a later level of the lifecycle and a later version or date (check the since values of "rc")',
      'order/classification.yml:12:7: the history of "mixed" has alpha since 2030-01-01 and beta since 1.0: a version and a date, which no order relates; expected entries oldest first, each at a later level of the lifecycle and a later version or date (all versions, or all dates) (write every since of "mixed" as a version (2.18), or every one as a date (2024-05-01))',
    ]);
  });
});

describe('retired items', () => {
  it('a replacement naming the item itself, by its id or a link to it, is refused, on a page and in the registry', async () => {
    const file = write('self/classification.yml', 'old:\n  title: Old\n  kind: api\n  level: deprecated\n  replacement: old\n');
    const {registry} = loadRegistry(file, taxonomy);
    write('self/docs/index.md', [
      '# Home\n\n:::deprecated[Old trace]{kind=api replacement=old-trace}\n:::\n',
      ':::deprecated[Self anchor]{#self kind=api replacement="#self"}\n:::\n',
      ':::deprecated[Self link]{#self-link kind=api replacement="/#self-link"}\n:::\n',
    ].join('\n'));
    const {problems} = await snapshotOfPages({
      pages: [{filePath: path.join(siteDir, 'self/docs/index.md'), frontMatter: {}, permalink: '/', source: 'docs/index.md', title: 'Home'}],
      siteDir,
      registry,
    });
    assert.deepEqual(problems.map((line) => line.replace(`${siteDir}/`, '')), [
      'self/docs/index.md:3:1: replacement "old-trace" of "Old trace" names the item itself; expected the item readers should use instead: another registry id, item id or link (write the replacement\'s id, e.g. replacement=new_api, or remove replacement)',
      'self/docs/index.md:6:1: replacement "#self" of "Self anchor" names the item itself; expected the item readers should use instead: another registry id, item id or link (write the replacement\'s id, e.g. replacement=new_api, or remove replacement)',
      'self/docs/index.md:9:1: replacement "/#self-link" of "Self link" names the item itself; expected the item readers should use instead: another registry id, item id or link (write the replacement\'s id, e.g. replacement=new_api, or remove replacement)',
      'self/classification.yml:5:16: replacement "old" of "old" names the item itself; expected the item readers should use instead: another registry id, item id or link (write the replacement\'s id, e.g. replacement: "new_api", or remove replacement)',
    ]);
  });
});
