/**
 * One read of each page: what the reader found is kept by content hash in
 * the site's cache folder (node_modules/.cache/docusaurus-plugin-classification),
 * so that another build or a restarted `docusaurus start` reads only the
 * pages that changed, and `docusaurus clear` empties it.
 */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {DEFAULT_CONFIG} from '@docusaurus/core/lib/server/configValidation.js';
import {cacheDir, CODE_HASH_FILE, collect, DEFAULT_KEYWORDS, DEFAULT_KINDS, DEFAULT_LEVELS, hashPluginCode, loadRegistry, Reader} from '../support/internals.ts';
import {childEnv} from '../support/site.ts';

let siteDir: string;
let cacheFile: string;
const taxonomy = {levels: DEFAULT_LEVELS, kinds: DEFAULT_KINDS};

function write(name: string, text: string): string {
  const file = path.join(siteDir, 'docs', name);
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, text);
  return file;
}

/** A reader as a new build makes one, counting the pages it parses. */
function reader(overrides: {taxonomy?: typeof taxonomy; cacheFile?: string; markdown?: typeof DEFAULT_CONFIG.markdown} = {}) {
  const parsed: string[] = [];
  const instance = new Reader({
    markdown: overrides.markdown ?? DEFAULT_CONFIG.markdown,
    taxonomy: overrides.taxonomy ?? taxonomy,
    anchorsMaintainCase: false,
    admonitionKeywords: DEFAULT_KEYWORDS,
    siteDir,
    cacheFile: overrides.cacheFile ?? cacheFile,
    collect: (tree, options) => {
      parsed.push(path.basename(options.fallbackTitle ?? ''));
      return collect(tree, options);
    },
  });
  return {reader: instance, parsed};
}

let pages: {filePath: string; frontMatter: Record<string, unknown>}[];

describe('the reader\'s cache', () => {
  before(() => {
    siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'classification-cache-'));
    cacheFile = path.join(cacheDir(siteDir), 'default-en.json');
    write('_partial.mdx', ':::beta[Shared]{kind=api}\n:::\n');
    pages = [
      write('a.md', '# A\n\n:::beta[Trace]{kind=api}\n:::\n'),
      write('b.mdx', "import Partial from './_partial.mdx';\n\n# B\n\n<Partial />\n"),
      write('c.md', '# C\n\n:::classification{ref=nxd}\n:::\n'),
      write('plain.md', '# Plain\n\nNothing of ours.\n'),
    ].map((filePath) => ({filePath, frontMatter: {}}));
    fs.writeFileSync(path.join(siteDir, 'classification.yml'), 'nxd:\n  title: NxD\n  kind: package\n  level: beta\n');
  });
  after(() => {
    fs.rmSync(siteDir, {recursive: true, force: true});
  });

  const registry = (hash: string) => ({registry: loadRegistry(path.join(siteDir, 'classification.yml'), taxonomy).registry!, hash});

  it('lives in the site\'s cache folder, where bundlers keep theirs', () => {
    assert.equal(cacheDir(siteDir), path.join(siteDir, 'node_modules', '.cache', 'docusaurus-plugin-classification'));
  });

  it('a second build reads no page that did not change, and finds the same', async () => {
    const first = reader();
    const read = await first.reader.readAll(pages, registry('r1'));
    assert.deepEqual(first.parsed.sort(), ['_partial', 'a', 'b', 'c']);
    assert.ok(fs.existsSync(cacheFile));
    const second = reader();
    assert.deepEqual(await second.reader.readAll(pages, registry('r1')), read);
    assert.deepEqual(second.parsed, [], 'nothing parsed');
  });

  it('reads again only what changed: a page, a partial it renders, the registry for the pages that mention it', async () => {
    write('a.md', '# A\n\n:::alpha[Trace]{kind=api}\n:::\n');
    const edited = reader();
    const [a] = await edited.reader.readAll(pages, registry('r1'));
    assert.deepEqual(edited.parsed, ['a']);
    assert.equal(a!.items[0]!.level, 'alpha');
    write('_partial.mdx', ':::alpha[Shared]{kind=api}\n:::\n');
    const partial = reader();
    const [, b] = await partial.reader.readAll(pages, registry('r1'));
    assert.deepEqual(partial.parsed.sort(), ['_partial', 'b']);
    assert.equal(b!.items[0]!.level, 'alpha');
    const registryEdited = reader();
    await registryEdited.reader.readAll(pages, registry('r2'));
    assert.deepEqual(registryEdited.parsed, ['c']);
  });

  it('a file touched but unchanged (a checkout, a copy) is not read again', async () => {
    const later = new Date(Date.now() + 60_000);
    for (const {filePath} of pages) {
      fs.utimesSync(filePath, later, later);
    }
    const touched = reader();
    await touched.reader.readAll(pages, registry('r2'));
    assert.deepEqual(touched.parsed, []);
  });

  it('an import of a partial not written yet: writing it reads the page again', async () => {
    const host = write('later.mdx', "import Later from './_later.mdx';\n\n# Later\n\n<Later />\n");
    const withHost = [...pages, {filePath: host, frontMatter: {}}];
    const before = reader();
    const [, , , , first] = await before.reader.readAll(withHost, registry('r2'));
    assert.deepEqual(first!.items, []);
    assert.deepEqual(before.parsed, ['later']);
    const still = reader();
    await still.reader.readAll(withHost, registry('r2'));
    assert.deepEqual(still.parsed, [], 'still missing: nothing read');
    write('_later.mdx', ':::beta[Later item]{kind=api}\n:::\n');
    const after = reader();
    const [, , , , second] = await after.reader.readAll(withHost, registry('r2'));
    assert.deepEqual(after.parsed.sort(), ['_later', 'later']);
    assert.deepEqual(second!.items.map((item) => item.id), ['later-item']);
    fs.rmSync(host);
    fs.rmSync(path.join(siteDir, 'docs', '_later.mdx'));
  });

  it('a file read as a page (with its front matter) and as a partial (without) is two readings', async () => {
    const shared = write('shared.md', '# Shared\n\nText.\n');
    const host = write('host.mdx', "import Shared from './shared.md';\n\n# Host\n\n<Shared />\n");
    const both = [{filePath: shared, frontMatter: {classification: 'beta', classification_kind: 'package'}}, {filePath: host, frontMatter: {}}];
    const first = reader();
    const [page, hostRead] = await first.reader.readAll(both, registry('r2'));
    assert.deepEqual(page!.items.map((item) => item.form), ['page']);
    assert.deepEqual(hostRead!.items, [], 'front matter classifies the page, not the pages that render it');
    const second = reader();
    assert.deepEqual(await second.reader.readAll(both, registry('r2')), [page, hostRead]);
    assert.deepEqual(second.parsed, []);
    fs.rmSync(shared);
    fs.rmSync(host);
  });

  it("the site's own front matter parser or preprocessor is a setting: another one reads everything", async () => {
    await reader().reader.readAll(pages, registry('r2'));
    const plain = reader();
    await plain.reader.readAll(pages, registry('r2'));
    assert.deepEqual(plain.parsed, [], 'the default settings: the cache holds');
    const parseFrontMatter: typeof DEFAULT_CONFIG.markdown.parseFrontMatter = async (params) => params.defaultParseFrontMatter(params);
    const own = reader({markdown: {...DEFAULT_CONFIG.markdown, parseFrontMatter}});
    await own.reader.readAll(pages, registry('r2'));
    assert.deepEqual(own.parsed.sort(), ['_partial', 'a', 'b', 'c']);
    const same = reader({markdown: {...DEFAULT_CONFIG.markdown, parseFrontMatter}});
    await same.reader.readAll(pages, registry('r2'));
    assert.deepEqual(same.parsed, [], 'the same code: the cache holds');
    const preprocessor = ({fileContent}: {fileContent: string}) => fileContent.replaceAll('alpha', 'beta');
    const other = reader({markdown: {...DEFAULT_CONFIG.markdown, parseFrontMatter, preprocessor}});
    const [a] = await other.reader.readAll(pages, registry('r2'));
    assert.deepEqual(other.parsed.sort(), ['_partial', 'a', 'b', 'c']);
    assert.equal(a!.items[0]!.level, 'beta');
  });

  it('two snapshots built at once (a reload during another) each read with their own registry', async () => {
    fs.writeFileSync(path.join(siteDir, 'other.yml'), 'nxd:\n  title: NxD\n  kind: package\n  level: alpha\n');
    const other = {registry: loadRegistry(path.join(siteDir, 'other.yml'), taxonomy).registry!, hash: 'r3'};
    const {reader: shared} = reader({cacheFile: path.join(siteDir, 'concurrent.json')});
    const [first, second] = await Promise.all([shared.readAll(pages, registry('r2')), shared.readAll(pages, other)]);
    assert.equal(first.at(2)!.items[0]!.level, 'beta');
    assert.equal(second.at(2)!.items[0]!.level, 'alpha');
  });

  it('other settings (a taxonomy of its own), or the cache off, read everything', async () => {
    const levels = [...DEFAULT_LEVELS, {id: 'rc', label: 'RC', phase: 'preview' as const, listed: true, notice: true}];
    const otherTaxonomy = reader({taxonomy: {levels: [...levels.slice(0, 2), levels.at(-1)!, ...levels.slice(2, -1)], kinds: DEFAULT_KINDS}});
    await otherTaxonomy.reader.readAll(pages, registry('r2'));
    assert.deepEqual(otherTaxonomy.parsed.sort(), ['_partial', 'a', 'b', 'c']);
    process.env.DOCUSAURUS_NO_PERSISTENT_CACHE = 'true';
    try {
      const off = path.join(siteDir, 'off.json');
      const uncached = reader({cacheFile: off});
      await uncached.reader.readAll(pages, registry('r2'));
      assert.equal(fs.existsSync(off), false, 'nothing written');
    } finally {
      delete process.env.DOCUSAURUS_NO_PERSISTENT_CACHE;
    }
  });

  it('is keyed by the plugin\'s code: the hash its build wrote is the hash of the code it compiled', () => {
    // The build writes it once, so that no site build reads and hashes every file of lib/.
    assert.equal(fs.readFileSync(CODE_HASH_FILE, 'utf8').trim(), hashPluginCode());
    assert.match(hashPluginCode(), /^[0-9a-f]{40}$/);
  });

  it('docusaurus clear empties it', () => {
    assert.ok(fs.existsSync(cacheFile));
    fs.writeFileSync(path.join(siteDir, 'package.json'), '{}');
    const cli = createRequire(import.meta.url).resolve('@docusaurus/core/bin/docusaurus.mjs');
    const result = spawnSync(process.execPath, [cli, 'clear', siteDir], {encoding: 'utf8', env: childEnv()});
    assert.equal(result.status, 0, result.stderr);
    assert.equal(fs.existsSync(cacheDir(siteDir)), false);
  });
});
