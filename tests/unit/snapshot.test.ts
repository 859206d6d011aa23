/**
 * The snapshot resolves what pages name that only the whole site can tell
 * apart from a mistake (a release), through the form that named it, and
 * reports each at its place: a partial's in the partial.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {after, describe, it} from 'node:test';
import {DEFAULT_CONFIG} from '@docusaurus/core/lib/server/configValidation.js';
import {buildSnapshot, collect, DEFAULT_KEYWORDS, DEFAULT_KINDS, DEFAULT_LEVELS, defaultSettings, Reader, SnapshotStore, type Snapshot} from '../support/internals.ts';

const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'classification-snapshot-'));
const taxonomy = {levels: DEFAULT_LEVELS, kinds: DEFAULT_KINDS};

/** A reader whose collect names the `value` of every `::named{value=…}` for a form "named". */
const reader = new Reader({
  markdown: DEFAULT_CONFIG.markdown,
  taxonomy,
  anchorsMaintainCase: false,
  admonitionKeywords: DEFAULT_KEYWORDS,
  siteDir,
  collect: async (tree, options) => {
    const collection = await collect(tree, options);
    for (const [index, node] of tree.children.entries()) {
      if (node.type === 'leafDirective' && node.name === 'named') {
        collection.references.push({form: 'named', value: String(node.attributes?.value), line: node.position?.start.line ?? index, column: 1});
      }
    }
    return collection;
  },
});

after(() => fs.rmSync(siteDir, {recursive: true, force: true}));

describe('the snapshot', () => {
  it('resolves what pages name through the form that named it, each problem at its place', async () => {
    const write = (name: string, text: string) => {
      fs.writeFileSync(path.join(siteDir, name), text);
      return path.join(siteDir, name);
    };
    write('_partial.mdx', 'Text :beta\n\n::named{value=nowhere}\n');
    const pages = [write('a.mdx', "import Partial from './_partial.mdx';\n\n:::beta[A]{kind=api since=2.1}\n:::\n\n::named{value=2.1}\n\n::named{value=9.9}\n\n<Partial />\n")].map((filePath) => ({
      filePath,
      frontMatter: {},
      permalink: '/a',
      source: 'a.mdx',
      title: 'A',
    }));
    const asked: string[] = [];
    const snapshot = await buildSnapshot({
      settings: defaultSettings(),
      taxonomy,
      pages,
      reader,
      versions: [],
      today: '2026-12-01',
      contentRoots: [],
      siteDir,
      baseUrl: '/',
      resolvers: new Map([
        [
          'named',
          (value: string, site: {releases: readonly {label: string}[]}) => {
            asked.push(value);
            return site.releases.some((release) => release.label === value) ? undefined : {message: `no release ${value}`, expected: 'a release', suggestion: 'fix it'};
          },
        ],
      ]),
    });
    assert.deepEqual(asked, ['2.1', '9.9', 'nowhere']);
    assert.deepEqual(snapshot.problems.map((line) => line.replace(`${siteDir}/`, '')), [
      'a.mdx:8:1: no release 9.9; expected a release (fix it)',
      '_partial.mdx:3:1: no release nowhere; expected a release (fix it)',
    ]);
  });
});

describe('the snapshot store', () => {
  const write = (name: string, text: string) => {
    fs.writeFileSync(path.join(siteDir, name), text);
    return path.join(siteDir, name);
  };
  const page = (name: string, text: string, permalink = `/${name}`) => ({filePath: write(`${name}.md`, text), frontMatter: {}, permalink, source: `${name}.md`, title: name});
  const build = (pages: ReturnType<typeof page>[], {store, today = '2026-12-01', includeStable = false}: {store?: InstanceType<typeof SnapshotStore<Snapshot>>; today?: string; includeStable?: boolean} = {}) =>
    buildSnapshot({settings: defaultSettings({includeStable}), taxonomy, pages, reader, versions: [], today, contentRoots: [], siteDir, baseUrl: '/', ...(store ? {store} : {})});
  const file = path.join(siteDir, 'cache', 'default-en.snapshot');

  it('gives the next build the snapshot its inputs make, and only while they are the same', async () => {
    const two = () => page('two', '## Two :alpha{kind=feature}\n');
    const pages = () => [page('one', ':::beta[One]{kind=api}\n:::\n'), two()];
    const first = await build(pages(), {store: new SnapshotStore(file)});
    assert.deepEqual(first, await build(pages()), 'what it stores is what a build without it makes');
    // The next build (a new store on the same file) takes the stored snapshot: a mark put into the stored text shows it.
    const stored = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, stored.replace('"today":"2026-12-01"', '"today":"stored"'));
    assert.equal((await build(pages(), {store: new SnapshotStore(file)})).today, 'stored', 'the same inputs: the stored snapshot');
    // Prose edited: what the reader finds is the same, so is the snapshot.
    const prose = [page('one', ':::beta[One]{kind=api}\n\nNew prose.\n:::\n'), two()];
    assert.equal((await build(prose, {store: new SnapshotStore(file)})).today, 'stored', 'an edit of prose: the stored snapshot');
    // Anything a snapshot is made of changed: built anew, as without the store.
    const changes: [string, () => ReturnType<typeof pages>, {today?: string; includeStable?: boolean}][] = [
      ['a level', () => [page('one', ':::alpha[One]{kind=api}\n:::\n'), two()], {}],
      ['a permalink', () => [page('one', ':::beta[One]{kind=api}\n:::\n', '/moved'), two()], {}],
      ['a page removed', () => pages().slice(1), {}],
      ['the day', pages, {today: '2026-12-02'}],
      ['an option', pages, {includeStable: true}],
    ];
    for (const [what, changed, options] of changes) {
      fs.writeFileSync(file, stored.replace('"today":"2026-12-01"', '"today":"stored"'));
      assert.deepEqual(await build(changed(), {...options, store: new SnapshotStore(file)}), await build(changed(), options), what);
    }
  });

  it('keeps nothing on disk without a persistent cache, and survives an unreadable file', async () => {
    const pages = [page('three', ':::beta[Three]{kind=api}\n:::\n')];
    process.env.DOCUSAURUS_NO_PERSISTENT_CACHE = 'true';
    try {
      const other = path.join(siteDir, 'off', 'default-en.snapshot');
      await build(pages, {store: new SnapshotStore(other)});
      assert.equal(fs.existsSync(other), false);
    } finally {
      delete process.env.DOCUSAURUS_NO_PERSISTENT_CACHE;
    }
    fs.writeFileSync(file, 'not a snapshot');
    assert.deepEqual(await build(pages, {store: new SnapshotStore(file)}), await build(pages));
  });
});
