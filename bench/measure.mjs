/**
 * The compile, scan and rescan figures, measured in a plain Node process.
 *
 * bench/run.mts runs under tsx, whose module hooks answer every dynamic
 * `import()` from another thread. Docusaurus's remark plugins call `import()`
 * for each heading and file (already-loaded modules, cheap in a real build),
 * so under tsx a compile took about 3.5 times as long as in `docusaurus build`
 * and the plugin's share looked that much smaller. run.mts starts this file
 * with `node` alone and reads one JSON line from its output.
 *
 *   node bench/measure.mjs '{"section":"remark","classified":DIR,"admonitions":DIR,"plain":[0, …],"runs":5}'
 *   node bench/measure.mjs '{"section":"scan","dirs":[DIR, …],"runs":5}'
 *   node bench/measure.mjs '{"section":"rescan","dir":DIR,"runs":5}'
 *
 * Each DIR holds the pages bench/generate.ts wrote.
 */
import fs from 'node:fs';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {DEFAULT_CONFIG} from '@docusaurus/core/lib/server/configValidation.js';
import {compileToJSX} from '@docusaurus/mdx-loader/lib/utils.js';
import remarkClassification from 'docusaurus-plugin-classification/remark';
import remarkBound from './bound.mjs';
// Internals, from the built files: the package root exports only the plugin.
import {Reader} from '../plugin/lib/read/reader.js';
import {collect} from '../plugin/lib/forms/index.js';
import {loadRegistry} from '../plugin/lib/read/registry/index.js';
import {DEFAULT_KINDS, DEFAULT_LEVELS} from '../plugin/lib/model/taxonomy.js';
import {admonitionKeywordsOf} from '../plugin/lib/upstream/docusaurus.js';
import {buildSnapshot} from '../plugin/lib/site/snapshot.js';
import {snapshotSettings} from '../plugin/lib/docusaurus/all-content.js';
import {normalizeOptions} from '../plugin/lib/model/options.js';
import {indexPageData} from '../plugin/lib/outputs/index-page.js';

const request = JSON.parse(process.argv[2]);
/** The pages in `dir`, in order. */
const pages = (dir) => fs.readdirSync(dir).sort().map((name) => path.join(dir, name));
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

// One options object per variant, as a site's loader has (Docusaurus caches
// its processors by options object).
const loaderOptions = (plugins) => ({
  admonitions: true,
  markdownConfig: DEFAULT_CONFIG.markdown,
  staticDirs: [],
  siteDir: process.cwd(),
  beforeDefaultRemarkPlugins: plugins,
  remarkPlugins: [],
});
// `bound`: the least any component-rendering plugin emits (bench/bound.mjs).
const options = {
  plugin: loaderOptions([remarkClassification]),
  floor: loaderOptions([]),
  peer: loaderOptions([]),
  bound: loaderOptions([remarkBound]),
};

/** Milliseconds one compile of `filePath` takes (reading and front matter excluded). */
async function compile(filePath, variant) {
  const fileContent = fs.readFileSync(filePath, 'utf8');
  const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath, fileContent});
  const started = performance.now();
  await compileToJSX({fileContent, filePath, frontMatter, compilerName: 'client', options: options[variant]});
  return performance.now() - started;
}

/**
 * Totals per variant over all pages, and over the pages without items
 * (`plain`: their indices), which the plugin should pass over at no cost.
 */
async function remark({runs, plain, ...dirs}) {
  const [classified, admonitions] = [pages(dirs.classified), pages(dirs.admonitions)];
  const variants = ['plugin', 'floor', 'peer', 'bound'];
  const source = (variant, index) => (variant === 'peer' ? admonitions : classified)[index];
  for (const variant of variants) {
    for (let index = 0; index < Math.min(20, classified.length); index += 1) {
      await compile(source(variant, index), variant); // warm up the processors and the JIT
    }
  }
  // File by file, the variants in turn (rotating which goes first), so
  // that the JIT's background work falls on all of them alike. A figure is the
  // sum over files of each file's median time: a garbage collection that
  // lands in one compile moves one sample, not the total.
  const times = {};
  for (const variant of variants) {
    times[variant] = classified.map(() => []);
  }
  for (let run = 0; run < runs; run += 1) {
    for (let index = 0; index < classified.length; index += 1) {
      for (let turn = 0; turn < variants.length; turn += 1) {
        const variant = variants[(index + run + turn) % variants.length];
        times[variant][index].push(await compile(source(variant, index), variant));
      }
    }
  }
  const total = (variant, indices = classified.keys()) =>
    [...indices].reduce((sum, index) => sum + median(times[variant][index]), 0);
  const totals = Object.fromEntries(variants.map((variant) => [variant, total(variant)]));
  return {...totals, plain: {plugin: total('plugin', plain), floor: total('floor', plain)}};
}

const taxonomy = {levels: DEFAULT_LEVELS, kinds: DEFAULT_KINDS};
const admonitionKeywords = admonitionKeywordsOf(true);
/** A reader as the plugin makes one, without a cache on disk: every page read. */
const scanner = () => new Reader({markdown: DEFAULT_CONFIG.markdown, taxonomy, anchorsMaintainCase: false, admonitionKeywords, collect});

/** What `allContentLoaded()` does: every file through one scanner. */
async function scanAll(files, using = scanner()) {
  const started = performance.now();
  await using.readAll(files.map((filePath) => ({filePath, frontMatter: {}})));
  return performance.now() - started;
}

/**
 * What allContentLoaded() builds from the pages, end to end: the scan, the
 * index with its checks, and the index page's data as written (JSON).
 */
async function indexAll(files) {
  const started = performance.now();
  const pages = files.map((filePath) => {
    const name = path.basename(filePath, path.extname(filePath));
    return {filePath, frontMatter: {}, permalink: `/${name}`, source: `docs/${name}.md`, title: name, docId: name};
  });
  const settings = snapshotSettings(normalizeOptions({}), {newLabel: 'New', readerStorage: {type: 'localStorage', key: 'hide'}, anchorsMaintainCase: false, problemsInOverlay: false});
  const snapshot = await buildSnapshot({settings, taxonomy, pages, reader: scanner(), versions: [], today: '2026-12-01', contentRoots: [], siteDir: process.cwd(), baseUrl: '/'});
  JSON.stringify(indexPageData(snapshot, {title: 'Index'}));
  return performance.now() - started;
}

async function scan({dirs, runs, measure = 'scan'}) {
  const scanAll_ = measure === 'index' ? indexAll : scanAll;
  return scanSets(dirs, runs, scanAll_);
}

async function scanSets(dirs, runs, scanAll) {
  const sets = dirs.map(pages);
  // The first scan in this process, as a build does it once: module loading
  // and an unwarmed JIT included.
  const cold = await scanAll(sets[0]);
  // Then warm the JIT on every set: with the fast path a pass over 250
  // files takes about 7 ms, and five such passes over N = 250 alone did not
  // warm it (N = 250 looked slowest or fastest by turns).
  for (let pass = 0; pass < 5; pass += 1) {
    for (const files of sets) {
      await scanAll(files);
    }
  }
  // The sets in turn, so that garbage collections fall on all alike.
  const samples = sets.map(() => []);
  for (let run = 0; run < Math.max(runs, 9); run += 1) {
    for (const [index, files] of sets.entries()) {
      samples[index].push(await scanAll(files));
    }
  }
  return {medians: samples.map(median), cold};
}

async function rescan({dir, runs}) {
  const files = pages(dir);
  const using = scanner();
  await scanAll(files, using);
  const samples = [];
  for (let run = 0; run < Math.max(runs, 3); run += 1) {
    fs.appendFileSync(files[run], `\nEdited ${run}.\n`);
    samples.push(await scanAll(files, using));
  }
  return {median: median(samples)};
}

/**
 * How the registry and id allocation grow: a registry of each size read and
 * checked, and one page of `pageItems` items with one repeated title against
 * the same page with distinct titles.
 */
async function scale({registrySizes, pageItems}) {
  const registry = registrySizes.map((size) => {
    const source = Array.from({length: size}, (_, index) => `item-${index}:\n  title: Item ${index}\n  kind: api\n  level: beta\n`).join('');
    const started = performance.now();
    const {problems} = loadRegistry('classification.yml', taxonomy, source);
    if (problems.length > 0) {
      throw new Error(problems[0]);
    }
    return performance.now() - started;
  });
  // A JSON registry (a dataset's export), a fifth of it listed, each item with a since, then the
  // snapshot of a one-page site with it: the whole of allContentLoaded's work on it.
  const json = [];
  for (const size of registrySizes) {
    const items = Object.fromEntries(
      Array.from({length: size}, (_, index) => [`item-${index}`, {title: `Item ${index}`, kind: 'api', level: index % 5 === 0 ? 'beta' : 'stable', since: `2.${index % 30}`}]),
    );
    const file = path.join(process.cwd(), `.bench-registry-${size}.json`);
    fs.writeFileSync(file, JSON.stringify(items, null, 2));
    const started = performance.now();
    const {registry, problems} = loadRegistry(file, taxonomy);
    const loaded = performance.now();
    fs.rmSync(file);
    if (problems.length > 0) {
      throw new Error(problems[0]);
    }
    const settings = snapshotSettings(normalizeOptions({}), {newLabel: 'New', readerStorage: {type: 'localStorage', key: 'hide'}, anchorsMaintainCase: false, problemsInOverlay: false});
    const snapshot = await buildSnapshot({settings, taxonomy, pages: [], reader: scanner(), registry: {registry, hash: 'bench'}, versions: [], today: '2026-12-01', contentRoots: [], siteDir: process.cwd(), baseUrl: '/'});
    if (snapshot.entries.length !== size) {
      throw new Error(`a registry of ${size} items gave ${snapshot.entries.length} entries`);
    }
    json.push({load: loaded - started, snapshot: performance.now() - loaded});
  }
  const using = scanner();
  const ids = {};
  for (const [name, title] of [['distinct', (index) => `Foo ${index}`], ['repeated', () => 'Foo']]) {
    const content = Array.from({length: pageItems}, (_, index) => `:::beta[${title(index)}]{kind=api}\n:::\n`).join('\n');
    const started = performance.now();
    const {items} = await using.readSource({filePath: '/bench/ids.md', content, frontMatter: {}});
    ids[name] = performance.now() - started;
    if (new Set(items.map((item) => item.id)).size !== pageItems) {
      throw new Error(`${name}: ${items.length} items, ids not unique`);
    }
  }
  return {registry, json, ids};
}

const sections = {remark, scan, rescan, scale};
console.warn = () => {}; // the floor's "unused directives" warnings
console.log(JSON.stringify(await sections[request.section](request)));
