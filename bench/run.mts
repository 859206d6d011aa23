/**
 * `npm run bench [-- --smoke]`: the plugin's cost against the physical floor
 * (no plugin) and the nearest peer (built-in admonitions), measured in one
 * run, alternating A/B, median of several runs, printed as ratios with their
 * budgets. Not part of `npm test`: machines are noisy; CI runs `--smoke`.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import zlib from 'node:zlib';
import {launch} from '../tests/support/browser.ts';
import {measureKeystrokes, type KeyTimes} from './keystroke.ts';
import type {Browser} from 'playwright';
import {serve} from '../tests/support/server.ts';
import {startDevServer} from '../tests/support/dev-server.ts';
import {childEnv, repoRoot} from '../tests/support/site.ts';
import {cpuShare} from './profile.mts';
import {isPlain, largeRegistry, largeTypedoc, pageName, REGISTRY_ALPHA, writeDocs, writeRegistrySite, writeSite, type Bundler, type SiteKind, type SiteSpec, type Variant} from './generate.ts';

const SECTIONS = ['remark', 'scan', 'rescan', 'scale', 'registry', 'source', 'cache', 'profile', 'build', 'dev', 'client', 'index'] as const;
const {values} = parseArgs({
  options: {smoke: {type: 'boolean', default: false}, runs: {type: 'string'}, only: {type: 'string'}, sizes: {type: 'string'}},
});
// `--only client,index`: some sections, for working on one figure (a full run exits 1 on any miss).
const only = new Set(values.only ? values.only.split(',') : SECTIONS);
for (const name of only) {
  if (!(SECTIONS as readonly string[]).includes(name)) {
    throw new Error(`--only: unknown section "${name}"; expected some of ${SECTIONS.join(', ')}`);
  }
}
const smoke = values.smoke!;
const runs = Number(values.runs ?? (smoke ? 1 : 5));
const out = path.join(repoRoot, '.test-output', 'bench');
const cli = createRequire(import.meta.url).resolve('@docusaurus/core/bin/docusaurus.mjs');
const rows: {figure: string; budget: string; measured: string; ratio: string; ok: boolean | undefined}[] = [];

/** The sample whose `value` is the median. */
const medianBy = <T,>(list: T[], value: (sample: T) => number): T => [...list].sort((a, b) => value(a) - value(b))[Math.floor(list.length / 2)]!;
const median = (list: number[]) => medianBy(list, (value) => value);
const ms = (value: number) => `${value.toFixed(1)} ms`;
function row(figure: string, budget: string, measured: string, ratio: string, ok: boolean | undefined) {
  rows.push({figure, budget, measured, ratio, ok});
  const against = budget ? `budget ${budget}` : 'no budget';
  console.log(`${ok === undefined ? '·' : ok ? '✓' : '✗'} ${figure}: ${measured} (${ratio ? `${ratio}; ` : ''}${against})`);
}

// 1. remark cost ------------------------------------------------------------
// Compiles and scans run in a plain Node process (bench/measure.mjs says why).
function measure<T>(request: Record<string, unknown>): T {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bench', 'measure.mjs'), JSON.stringify(request)], {
    cwd: out,
    encoding: 'utf8',
    env: {...process.env, NODE_OPTIONS: ''},
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0) {
    throw new Error(`bench/measure.mjs ${String(request.section)} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as T;
}

const compileN = smoke ? 50 : 250;
/** Compile time of one file without the plugin (the scan's yardstick), ms. */
let compilePerFile: number | undefined;

function remarkCost(): void {
  const spec: SiteSpec = {pages: compileN, itemsPerPage: 4};
  const classified = path.join(out, 'remark-classification');
  const admonitions = path.join(out, 'remark-admonitions');
  writeDocs(classified, spec, 'classification');
  writeDocs(admonitions, spec, 'admonitions' as Variant);
  // Separate processes differ by several percent (the JIT's choices): the
  // figure is the process with the median ratio to the floor.
  const plainPages = Array.from({length: compileN}, (_, index) => index).filter((index) => isPlain(index, spec));
  type Totals = {plugin: number; floor: number; peer: number; bound: number; plain: {plugin: number; floor: number}};
  const processes = Array.from({length: smoke ? 1 : 3}, () =>
    measure<Totals>({section: 'remark', classified, admonitions, plain: plainPages, runs}),
  );
  processes.sort((a, b) => a.plugin / a.floor - b.plugin / b.floor);
  const {plugin, floor, peer, bound, plain} = processes[Math.floor(processes.length / 2)]!;
  // Diagnostics, without budgets (issue 6: a budget here sat below the lower
  // bound of any plugin that renders components): what a compile costs with
  // the plugin, where it has nothing to do, and the lower bound (bench/bound.mjs).
  row(`remark: ${compileN} files, plugin vs none`, '', `${ms(plugin)} vs ${ms(floor)}`, `${(plugin / floor).toFixed(3)}×`, undefined);
  row(`remark: ${compileN} files, plugin vs :::caution admonitions`, '', `${ms(plugin)} vs ${ms(peer)}`, `${(plugin / peer).toFixed(3)}×`, undefined);
  row(`remark: the ${plainPages.length} files without items, plugin vs none`, '', `${ms(plain.plugin)} vs ${ms(plain.floor)}`, `${(plain.plugin / plain.floor).toFixed(3)}×`, undefined);
  row('remark: lower bound (bench/bound.mjs) vs none', '', `${ms(bound)} vs ${ms(floor)}`, `${(bound / floor).toFixed(3)}×`, undefined);
  row('remark: lower bound vs :::caution admonitions', '', `${ms(bound)} vs ${ms(peer)}`, `${(bound / peer).toFixed(3)}×`, undefined);
  compilePerFile = floor / compileN;
}

// 2. index scan, and scale ------------------------------------------------------
// The scan (what allContentLoaded() parses) and the whole index (scan, index,
// checks, the index page's data), per page, flat from 500 to 10,000 pages.
function scanCost(): void {
  if (compilePerFile === undefined) {
    remarkCost(); // the yardstick: compile time without the plugin
  }
  const sizes = smoke ? [50, 100] : [500, 2000, 10000];
  const dirs = sizes.map((size) => {
    const dir = path.join(out, `scan-${size}`);
    writeDocs(dir, {pages: size, itemsPerPage: 4}, 'classification');
    return dir;
  });
  for (const what of ['scan', 'index'] as const) {
    const {medians, cold} = measure<{medians: number[]; cold: number}>({section: 'scan', measure: what, dirs, runs});
    const perFile = medians.map((elapsed, index) => elapsed / sizes[index]!);
    sizes.forEach((size, index) => {
      const share = perFile[index]! / compilePerFile!;
      row(`${what}: ${size} pages`, '', `${ms(medians[index]!)} (${(perFile[index]! * 1000).toFixed(0)} µs/page)`, `${(share * 100).toFixed(1)}% of a compile`, undefined);
    });
    const spread = Math.max(...perFile) / Math.min(...perFile);
    row(`scale: ${what} per page across ${sizes.join(' / ')} pages`, '±20%', perFile.map((value) => `${(value * 1000).toFixed(0)} µs`).join(' / '), `max/min ${spread.toFixed(2)}`, spread <= 1.2);
    row(`${what}: ${sizes[0]} pages, the first in a fresh process`, '', `${ms(cold)} (${((cold / sizes[0]!) * 1000).toFixed(0)} µs/page)`, '', undefined);
  }
}

// 4. dev rescan ----------------------------------------------------------------
function rescanCost(): void {
  const devN = smoke ? 100 : 2000;
  const dir = path.join(out, 'dev');
  writeDocs(dir, {pages: devN, itemsPerPage: 4}, 'classification');
  const {median: rescan} = measure<{median: number}>({section: 'rescan', dir, runs});
  row(`dev rescan: ${devN} files, one edited`, '≤ 30 ms', ms(rescan), '', rescan <= 30);
}

// 3. full build -------------------------------------------------------------------
interface BuildSample {
  /** Seconds. */
  wall: number;
  /** User + system seconds. */
  cpu: number;
  /** Peak resident memory, KiB. */
  rss: number;
  /** Seconds of each phase of the build, as Docusaurus's perf logger reports it. */
  phases: Record<string, number>;
}

/** The phases of a build, as `DOCUSAURUS_PERF_LOGGER` prints them: `[PERF] Build > en > Load site - 1.07 seconds! - …`. */
const PHASE = /^\[PERF\] Build > [^>]+ > (Load site|Bundling with \w+|SSG) - ([\d.]+) (ms|seconds)/gm;
function phasesOf(log: string): Record<string, number> {
  return Object.fromEntries(Array.from(log.matchAll(PHASE), ([, phase, value, unit]) => [phase!, Number(value) / (unit === 'ms' ? 1000 : 1)]));
}

/** `docusaurus clear` in the site: its generated files and caches (and the bundlers', kept under the working directory) removed. */
function clear(site: string): void {
  spawnSync(process.execPath, [cli, 'clear', site], {cwd: site, env: childEnv(), encoding: 'utf8'});
}

/** The sites built by this run: a later section may read their build (one left by an earlier run may hold an older plugin). */
const builtNow = new Set<string>();

/**
 * One `docusaurus build` under GNU time: wall, CPU and peak memory; without
 * persistent caches unless `cached`; `profileDir`: with `node --cpu-prof`
 * (every thread and child process writes its profile there).
 */
function build(site: string, {cached = false, profileDir}: {cached?: boolean; profileDir?: string} = {}): BuildSample & {log: string} {
  builtNow.add(site);
  const timeFile = path.join(out, 'time.txt');
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  // In the site: the bundlers keep their persistent caches under the working directory's node_modules/.cache.
  const result = spawnSync('/usr/bin/time', ['-o', timeFile, '-f', '%e %U %S %M', process.execPath, ...profile, cli, 'build', site], {
    cwd: site,
    encoding: 'utf8',
    env: childEnv({...(cached ? {} : {DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'}), DOCUSAURUS_PERF_LOGGER: 'true'}),
    maxBuffer: 1 << 26,
  });
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) {
    throw new Error(`build of ${site} failed:\n${log}`);
  }
  const [wall, user, system, rss] = fs.readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return {wall: wall!, cpu: user! + system!, rss: rss!, phases: phasesOf(log), log};
}

// 3b. scale --------------------------------------------------------------------------
// Registry size and repeated titles: each should cost the same per item at any size.
function scaleCost(): void {
  const registrySizes = smoke ? [1000, 2000] : [15000, 30000, 60000];
  const pageItems = smoke ? 1000 : 20000;
  const {registry, json, ids} = measure<{registry: number[]; json: {load: number; snapshot: number}[]; ids: {distinct: number; repeated: number}}>({section: 'scale', registrySizes, pageItems});
  const perItem = registry.map((elapsed, index) => (elapsed / registrySizes[index]!) * 1000);
  registrySizes.forEach((size, index) => {
    row(`scale: registry of ${size} items, read and checked`, '', `${ms(registry[index]!)} (${perItem[index]!.toFixed(1)} µs/item)`, '', undefined);
  });
  row('scale: registry, µs per item at the largest size vs the smallest', '', `${perItem.at(-1)!.toFixed(1)} vs ${perItem[0]!.toFixed(1)}`, `${(perItem.at(-1)! / perItem[0]!).toFixed(2)}×`, undefined);
  // A JSON registry through the snapshot (allContentLoaded's work): per item flat, whatever the size (a scan per item made 19,000 items take 97 s).
  const jsonPerItem = json.map(({load, snapshot}, index) => ((load + snapshot) / registrySizes[index]!) * 1000);
  registrySizes.forEach((size, index) => {
    row(`scale: JSON registry of ${size} items, read, checked and in a snapshot`, '', `${ms(json[index]!.load)} + ${ms(json[index]!.snapshot)} (${jsonPerItem[index]!.toFixed(1)} µs/item)`, '', undefined);
  });
  const growth = jsonPerItem.at(-1)! / jsonPerItem[0]!;
  row('scale: JSON registry and snapshot, µs per item at the largest size vs the smallest', '≤ 1.5×', `${jsonPerItem.at(-1)!.toFixed(1)} vs ${jsonPerItem[0]!.toFixed(1)}`, `${growth.toFixed(2)}×`, growth <= 1.5);
  row(`scale: one page of ${pageItems} items, one title repeated vs distinct titles`, '', `${ms(ids.repeated)} vs ${ms(ids.distinct)}`, `${(ids.repeated / ids.distinct).toFixed(2)}×`, undefined);
}

// 3b'. a large registry ---------------------------------------------------------------
/** Seconds of the plugin's own hooks in a build, as Docusaurus's perf logger reports them. */
const HOOK = /^\[PERF\] Build > .*?(?:classification@default > (loadContent|contentLoaded)\(\)|(allContentLoaded)\(\) - classification@default|> (postBuild)\(\)) - ([\d.]+) (ms|seconds)/gm;
function hooksOf(log: string): Record<string, number> {
  return Object.fromEntries(Array.from(log.matchAll(HOOK), (match) => [match[1] ?? match[2] ?? match[3]!, Number(match[4]) / (match[5] === 'ms' ? 1000 : 1)]));
}

/**
 * A one-page site with a JSON registry of 19,000 items (4,100 in preview),
 * against the same site without the registry, and without the plugin: what
 * the registry adds to a cold webpack build, in wall time and peak memory,
 * and where (the plugin's hooks, and Docusaurus bundling and rendering the
 * index and changes pages it fills).
 */
/**
 * A large registry source: TypeDoc's JSON of a big runtime's typings (about
 * 64 MB, 100,000 reflections, 10,000 of them tagged), read as the registry
 * reads it, in a process of its own (bench/source.mjs): its time and the
 * process's peak memory, against the issue's "a few seconds and a few
 * hundred MB".
 */
function sourceCost(): void {
  const classes = smoke ? 1000 : 10000;
  const file = path.join(out, `typedoc-${classes}.json`);
  fs.mkdirSync(out, {recursive: true});
  fs.writeFileSync(file, largeTypedoc(classes));
  const samples = Array.from({length: runs}, () => {
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'bench', 'source.mjs'), file], {encoding: 'utf8', env: {...process.env, NODE_OPTIONS: ''}});
    if (result.status !== 0) {
      throw new Error(`bench/source.mjs failed:\n${result.stderr}`);
    }
    return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as {ms: number; items: number; problems: number; peakMiB: number; startMiB: number};
  });
  const {items, startMiB} = samples[0]!;
  const label = `source: TypeDoc JSON, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB, ${classes * 10} reflections (${items} items)`;
  const range = (values: number[], digits: number) => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
  const time = median(samples.map((sample) => sample.ms)) / 1000;
  const peak = median(samples.map((sample) => sample.peakMiB));
  row(`${label}, read`, '≤ 3 s', `${time.toFixed(2)} s (${range(samples.map((sample) => sample.ms / 1000), 2)})`, '', time <= 3);
  row(`${label}, peak memory of the process`, '≤ 500 MiB', `${peak.toFixed(0)} MiB (${range(samples.map((sample) => sample.peakMiB), 0)}; ${startMiB.toFixed(0)} MiB before the read)`, '', peak <= 500);
}

function registryCost(): void {
  const [items, listed] = smoke ? [2000, 430] : [19000, 4100];
  const variants = {registry: largeRegistry(items, listed), plugin: '', none: undefined};
  type Which = keyof typeof variants;
  const sites = Object.fromEntries(Object.keys(variants).map((which) => [which, path.join(out, `site-registry-${items}-${which}`)])) as Record<Which, string>;
  const samples: Record<Which, (BuildSample & {hooks: Record<string, number>})[]> = {registry: [], plugin: [], none: []};
  for (const [which, json] of Object.entries(variants) as [Which, string | undefined][]) {
    writeRegistrySite(sites[which], json);
  }
  const order = Object.keys(variants) as Which[];
  for (let run = 0; run < runs; run += 1) {
    for (let turn = 0; turn < order.length; turn += 1) {
      const which = order[(run + turn) % order.length]!;
      const sample = build(sites[which]);
      samples[which].push({...sample, hooks: hooksOf(sample.log)});
    }
  }
  const of = (which: Which, value: (sample: BuildSample) => number) => median(samples[which].map(value));
  const spread = (which: Which, value: (sample: BuildSample) => number) => {
    const values = samples[which].map(value);
    return `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;
  };
  const label = `registry: ${items} items (${listed} listed), one-page site, cold webpack build`;
  const wall = (sample: BuildSample) => sample.wall;
  const rss = (sample: BuildSample) => sample.rss / 1024;
  // The budget is what the registry adds; beside it, what the plugin and the registry add to a site without the plugin.
  for (const [figure, value, unit, budget] of [['wall time', wall, 's', 2], ['peak memory', rss, 'MiB', 150]] as const) {
    const added = of('registry', value) - of('plugin', value);
    const withPlugin = of('registry', value) - of('none', value);
    const spreads = `with it ${spread('registry', value)}, without ${spread('plugin', value)}, no plugin ${spread('none', value)} ${unit}`;
    const shown = (amount: number) => `+${amount.toFixed(unit === 's' ? 2 : 0)} ${unit}`;
    row(`${label}, ${figure} the registry adds`, `≤ ${budget} ${unit === 's' ? 's' : 'MB'}`, `${shown(added)} (${shown(withPlugin)} against no plugin)`, spreads, added <= budget);
  }
  const hooks = ['loadContent', 'contentLoaded', 'allContentLoaded', 'postBuild'].map((hook) => {
    const ms = (which: Which) => median(samples[which].map((sample) => sample.hooks[hook] ?? 0)) * 1000;
    return `${hook} ${ms('registry').toFixed(0)} ms (${ms('plugin').toFixed(0)} without)`;
  });
  const phases = ['Load site', 'Bundling with webpack', 'SSG'].map((phase) => {
    const added = of('registry', (sample) => sample.phases[phase] ?? 0) - of('plugin', (sample) => sample.phases[phase] ?? 0);
    return `${phase} +${added.toFixed(2)} s`;
  });
  row(`${label}, where the time goes`, '', hooks.join(', '), `the registry adds: ${phases.join(', ')}`, undefined);
  const built = (file: string) => kb(fs.statSync(path.join(sites.registry, 'build', ...file.split('/'))).size);
  row(`${label}, what it writes`, '', `index ${built('classification/index.html')}, changes page ${built('classification/changes/index.html')}, feed ${built('classification/changes.xml')}, JSON ${built('classification.json')}`, '', undefined);
}

const buildN = smoke ? 50 : 500;
/** The site sizes of the whole-build sections; `--sizes 500`: some of them, for working on one figure. */
const buildSizes = values.sizes ? values.sizes.split(',').map(Number) : smoke ? [buildN] : [buildN, 2000];

// 3c. the reader's cache ----------------------------------------------------------
/** The plugin's allContentLoaded() (ms) and what its reader did, from a build's perf log. */
function loadPhase(log: string): {ms: number; read: number; files: number} {
  const time = /allContentLoaded\(\) - classification@default - ([\d.]+) (ms|seconds)/.exec(log);
  const read = /docusaurus-plugin-classification: (\d+) of (\d+) files read/.exec(log);
  if (!time || !read) {
    throw new Error(`no allContentLoaded timing in the build's log:\n${log.slice(-2000)}`);
  }
  return {ms: Number(time[1]) * (time[2] === 'seconds' ? 1000 : 1), read: Number(read[1]), files: Number(read[2])};
}

/**
 * A build with the site's caches kept, as a docs team runs them one after
 * another: `docusaurus clear`, a cold build, one page edited, a warm build.
 * The plugin's allContentLoaded() in each, and how many pages its reader read.
 */
function cacheCost(): void {
  const pages = smoke ? buildN : 2000;
  const site = siteDir('cache', pages, 'plugin');
  writeSite(site, {pages, itemsPerPage: 4}, {kind: 'plugin', bundler: 'faster'});
  const samples = {cold: [] as {ms: number; read: number; files: number}[], warm: [] as {ms: number; read: number; files: number}[]};
  for (let run = 0; run < runs; run += 1) {
    clear(site);
    samples.cold.push(loadPhase(build(site, {cached: true}).log));
    fs.appendFileSync(path.join(site, 'docs', `${pageName(run % pages)}.md`), `\nEdited ${run}.\n`);
    samples.warm.push(loadPhase(build(site, {cached: true}).log));
  }
  for (const which of ['cold', 'warm'] as const) {
    const {read, files} = samples[which].at(-1)!;
    row(`cache: ${pages} pages, Faster, allContentLoaded, ${which} build`, '', ms(median(samples[which].map((sample) => sample.ms))), `${read} of ${files} files read; each build ${samples[which].map((sample) => sample.ms.toFixed(0)).join(', ')} ms`, undefined);
  }
}
/** The build of `site` profiled, read as the plugin's share of its sampled CPU. */
function profiledBuild(site: string, cached: boolean): ReturnType<typeof cpuShare> & {load: ReturnType<typeof loadPhase>} {
  const dir = path.join(out, 'profiles');
  fs.rmSync(dir, {recursive: true, force: true});
  const {log} = build(site, {cached, profileDir: dir});
  return {...cpuShare(dir, path.join(repoRoot, 'plugin')), load: loadPhase(log)};
}

/**
 * The plugin's own share of a build's sampled CPU (what one run resolves,
 * where whole-build ratios do not), on both bundlers: a cold build (the
 * site's caches cleared), then one page with items edited and a warm build
 * (caches kept). With allContentLoaded() of each, from the perf log.
 */
function profileCost(): void {
  const budgets = {webpack: 0.005, faster: 0.01} as const;
  for (const bundler of ['webpack', 'faster'] as const) {
    for (const pages of buildSizes) {
      const site = siteDir(`profile-${bundler}`, pages, 'plugin');
      const spec = {pages, itemsPerPage: 4};
      writeSite(site, spec, {kind: 'plugin', bundler});
      const withItems = Array.from({length: pages}, (_, index) => index).filter((index) => !isPlain(index, spec));
      clear(site);
      const cold = profiledBuild(site, true);
      // Warm builds vary more than their small figures: `runs` of them, a different page edited each time, the median.
      const warms = Array.from({length: runs}, (_, run) => {
        fs.appendFileSync(path.join(site, 'docs', `${pageName(withItems[run % withItems.length]!)}.md`), '\nEdited.\n');
        return profiledBuild(site, true);
      });
      const warm = {...medianBy(warms, (sample) => sample.plugin), load: medianBy(warms, (sample) => sample.load.ms).load};
      const name = `${bundler}, ${pages} pages`;
      const share = cold.plugin / cold.total;
      const top = (entries: [string, number][]) => entries.slice(0, 3).map(([entry, time]) => `${entry} ${time.toFixed(0)} ms`).join('; ');
      row(`profile: ${name}, cold build, the plugin's share of sampled CPU`, `≤ ${(budgets[bundler] * 100).toFixed(1)}%`, `${cold.plugin.toFixed(0)} of ${(cold.total / 1000).toFixed(1)} s (${cold.profiles} profiles)`, `${(share * 100).toFixed(2)}%; ${top(cold.entries)}`, share <= budgets[bundler]);
      row(`profile: ${name}, warm build (one page edited, median of ${runs}), the plugin's sampled CPU`, '≤ 50 ms', `${warm.plugin.toFixed(0)} ms of ${(warm.total / 1000).toFixed(1)} s`, top(warm.entries), warm.plugin <= 50);
      const perPage = cold.load.ms / withItems.length;
      row(`profile: ${name}, cold allContentLoaded per page with items`, '≤ 0.5 ms', `${perPage.toFixed(2)} ms (${ms(cold.load.ms)}, ${withItems.length} pages with items)`, `${cold.load.read} of ${cold.load.files} files read`, perPage <= 0.5);
      row(`profile: ${name}, warm allContentLoaded (median of ${runs})`, '≤ 20 ms', ms(warm.load.ms), `${warm.load.read} of ${warm.load.files} files read`, warm.load.ms <= 20);
    }
  }
}

const KINDS: readonly SiteKind[] = ['plugin', 'peer', 'unused'];
/** Where a bench site lives: what it is for (its bundler, `dev`…), its size and kind. */
const siteDir = (use: string, pages: number, kind: SiteKind) => path.join(out, `site-${use}-${pages}-${kind}`);

/**
 * Whole builds, as a docs team runs them: on webpack and on Docusaurus
 * Faster (Rspack), of 500 and 2,000 pages, the plugin against the peer (the
 * same content as admonitions) and against the plugin installed but unused;
 * the three in turn, each run starting with the next, medians.
 */
function buildCost(): void {
  for (const bundler of ['webpack', 'faster'] as const) {
    for (const pages of buildSizes) {
      for (const kind of KINDS) {
        writeSite(siteDir(bundler, pages, kind), {pages, itemsPerPage: 4}, {kind, bundler});
      }
      const samples = new Map<SiteKind, BuildSample[]>(KINDS.map((kind) => [kind, []]));
      for (let run = 0; run < runs; run += 1) {
        for (let turn = 0; turn < KINDS.length; turn += 1) {
          const kind = KINDS[(run + turn) % KINDS.length]!;
          samples.get(kind)!.push(build(siteDir(bundler, pages, kind)));
        }
      }
      const of = (kind: SiteKind, key: 'wall' | 'cpu' | 'rss') => median(samples.get(kind)!.map((sample) => sample[key]));
      const figures = [
        ['wall', 'wall time', (value: number) => `${value.toFixed(1)} s`],
        ['cpu', 'CPU (user+sys)', (value: number) => `${value.toFixed(1)} s`],
        ['rss', 'peak memory', (value: number) => `${(value / 1024).toFixed(0)} MiB`],
      ] as const;
      // Peak memory is resolved by a run (≤ 1.03×); wall and CPU time vary 5–25% from one build to the next,
      // so their ratios are printed with each variant's min–max and fail only above 1.10.
      const range = (kind: SiteKind, key: 'wall' | 'cpu' | 'rss', unit: (value: number) => string) => {
        const values = samples.get(kind)!.map((sample) => sample[key]);
        return `${unit(Math.min(...values))}–${unit(Math.max(...values))}`;
      };
      for (const kind of ['plugin', 'unused'] as const) {
        for (const [key, name, unit] of figures) {
          const budget = key === 'rss' ? 1.03 : 1.1;
          const ratio = of(kind, key) / of('peer', key);
          const measured = `${unit(of(kind, key))} vs ${unit(of('peer', key))} (min–max ${range(kind, key, unit)} vs ${range('peer', key, unit)})`;
          row(`build: ${bundler}, ${pages} pages, ${name}, ${kind === 'plugin' ? 'plugin' : 'installed but unused'} vs peer`, `≤ ${budget.toFixed(2)}×`, measured, `${ratio.toFixed(3)}×`, ratio <= budget);
        }
      }
      // Where the time goes: the phases, each a median, the plugin's against the peer's.
      for (const phase of Object.keys(samples.get('peer')![0]!.phases)) {
        const phaseOf = (kind: SiteKind) => median(samples.get(kind)!.map((sample) => sample.phases[phase] ?? Number.NaN));
        const delta = phaseOf('plugin') - phaseOf('peer');
        row(`build: ${bundler}, ${pages} pages, phase "${phase}", plugin vs peer`, '', `${phaseOf('plugin').toFixed(2)} s vs ${phaseOf('peer').toFixed(2)} s`, `${delta >= 0 ? '+' : ''}${delta.toFixed(2)} s`, undefined);
      }
    }
  }
}

// 5. client cost --------------------------------------------------------------------
// What a reader's browser fetches for a page, gzipped as a server sends them: `js`,
// what its first render needs (the scripts requested before it has hydrated: the entry
// scripts and the route's chunks); `later`, what it loads once it has (the reader
// control's chunk), until the network is idle.
async function assetsGz(browser: Browser, buildDir: string, page: string): Promise<{js: number; css: number; later: number}> {
  const server = await serve(buildDir);
  const tab = await browser.newPage();
  const scripts = new Set<string>();
  const styles = new Set<string>();
  tab.on('request', (request) => {
    const {pathname} = new URL(request.url());
    if (request.resourceType() === 'script') {
      scripts.add(pathname);
    } else if (request.resourceType() === 'stylesheet') {
      styles.add(pathname);
    }
  });
  // When Docusaurus marks the page hydrated (a MutationObserver's microtask: before anything a later render requests).
  await tab.addInitScript(() => {
    new MutationObserver(() => {
      const stamped = window as unknown as {hydratedAt?: number};
      if (stamped.hydratedAt === undefined && document.documentElement.hasAttribute('data-has-hydrated')) {
        stamped.hydratedAt = performance.now();
      }
    }).observe(document, {attributes: true, subtree: true, attributeFilter: ['data-has-hydrated']});
  });
  let before: Set<string>;
  try {
    await tab.goto(`${server.url}/${page}`);
    await tab.waitForSelector('html[data-has-hydrated="true"]');
    await tab.waitForLoadState('networkidle');
    before = new Set(
      await tab.evaluate(() => {
        const hydratedAt = (window as unknown as {hydratedAt: number}).hydratedAt;
        return performance.getEntriesByType('resource').filter((entry) => entry.startTime < hydratedAt).map((entry) => new URL(entry.name).pathname);
      }),
    );
  } finally {
    await tab.close();
    await server.close();
  }
  const size = (files: Iterable<string>) =>
    Array.from(files).reduce((sum, file) => sum + zlib.gzipSync(fs.readFileSync(path.join(buildDir, file))).length, 0);
  return {js: size([...scripts].filter((file) => before.has(file))), css: size(styles), later: size([...scripts].filter((file) => !before.has(file)))};
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

async function clientCost(browser: Browser): Promise<void> {
  const sites = {with: siteDir('webpack', buildN, 'plugin'), without: siteDir('webpack', buildN, 'peer')};
  for (const [which, kind] of [['with', 'plugin'], ['without', 'peer']] as const) {
    if (!builtNow.has(sites[which]) || !fs.existsSync(path.join(sites[which], 'build', 'index.html'))) {
      writeSite(sites[which], {pages: buildN, itemsPerPage: 4}, {kind});
      build(sites[which]);
    }
  }
  const withBuild = path.join(sites.with, 'build');
  const withoutBuild = path.join(sites.without, 'build');
  const spec: SiteSpec = {pages: buildN, itemsPerPage: 4};
  // Pages of the site: `/` has no item; the first page with items.
  const itemPage = pageName(Array.from({length: buildN}, (_, index) => index).find((index) => !isPlain(index, spec))!);
  const plainPage = pageName(Array.from({length: buildN}, (_, index) => index).find((index) => isPlain(index, spec))!);
  const plain = {with: await assetsGz(browser, withBuild, plainPage), without: await assetsGz(browser, withoutBuild, plainPage)};
  const items = {with: await assetsGz(browser, withBuild, itemPage), without: await assetsGz(browser, withoutBuild, itemPage)};
  const extra = {plain: plain.with.js - plain.without.js, items: items.with.js - items.without.js};
  row('client: page without items, extra JS (gz)', '≤ 1 KB', kb(extra.plain), `of ${kb(plain.with.js)}; CSS +${kb(plain.with.css - plain.without.css)}`, extra.plain <= 1024);
  row('client: page with items, extra JS (gz)', '≤ 4 KB', kb(extra.items), `of ${kb(items.with.js)}; CSS +${kb(items.with.css - items.without.css)}`, extra.items <= 4096);
  row('client: page with items, JS loaded after it has hydrated (gz)', '', kb(items.with.later - items.without.later), 'the reader control', undefined);
  const index = await assetsGz(browser, withBuild, 'classification');
  row('client: index page, JS (gz)', '', kb(index.js), `a page without items and without the plugin: ${kb(plain.without.js)}`, undefined);
}

// 6. dev server ---------------------------------------------------------------------
const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** `docusaurus start` until `pathname` is served. */
const startDev = (site: string, pathname: string) =>
  startDevServer(process.execPath, [cli, 'start', site], {env: childEnv({DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', BROWSER: 'none'}), ready: pathname});

/** From `write()` until `shown()` (what the page open in Chromium shows), ms. */
async function untilShown(write: () => void, shown: () => boolean | Promise<boolean>): Promise<number> {
  const started = performance.now();
  write();
  for (;;) {
    if (await shown()) {
      return performance.now() - started;
    }
    if (performance.now() - started > 180_000) {
      throw new Error('the edit did not show within 3 minutes');
    }
    await sleep(20);
  }
}

/**
 * The dev server, 500 pages: `docusaurus start` until the first page is
 * served, and after an edit of a page with items, until Chromium shows it;
 * the plugin against the peer, in turn. Then an edit of the registry, until
 * every page that mentions its item shows the new level (no budget).
 */
async function devCost(browser: Browser): Promise<void> {
  const spec: SiteSpec = {pages: buildN, itemsPerPage: 4};
  const itemIndex = Array.from({length: buildN}, (_, index) => index).find((index) => !isPlain(index, spec))!;
  const pathname = `/${pageName(itemIndex)}`;
  for (const kind of ['plugin', 'peer'] as const) {
    writeSite(siteDir('dev', buildN, kind), spec, {kind});
  }
  const samples = {plugin: {start: [] as number[], reload: [] as number[]}, peer: {start: [] as number[], reload: [] as number[]}};
  for (let run = 0; run < runs; run += 1) {
    for (const kind of run % 2 === 0 ? (['peer', 'plugin'] as const) : (['plugin', 'peer'] as const)) {
      const site = siteDir('dev', buildN, kind);
      const started = performance.now();
      const server = await startDev(site, pathname);
      const start = performance.now() - started;
      try {
        const page = await browser.newPage();
        await page.goto(`${server.url}${pathname}`);
        await page.waitForSelector('article');
        const marker = `Edited ${kind} ${run} ${Date.now()}`;
        const file = path.join(site, 'docs', `${pageName(itemIndex)}.md`);
        const reload = await untilShown(
          () => fs.appendFileSync(file, `\n${marker}\n`),
          () => page.evaluate((text) => document.body.innerText.includes(text), marker),
        );
        samples[kind].start.push(start);
        samples[kind].reload.push(reload);
        await page.close();
      } finally {
        await server.stop();
      }
    }
  }
  const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
  for (const [key, name] of [['start', 'docusaurus start until the first page is served'], ['reload', 'an edit of a page with items, until Chromium shows it']] as const) {
    const [plugin, peer] = [median(samples.plugin[key]), median(samples.peer[key])];
    row(`dev: ${buildN} pages, ${name}, plugin vs peer`, '≤ 1.05×', `${seconds(plugin)} vs ${seconds(peer)}`, `${(plugin / peer).toFixed(3)}×`, plugin / peer <= 1.05);
  }
  // The registry: one item that 20 pages mention, Alpha → Beta.
  const mentions = smoke ? 3 : 20;
  const site = siteDir('dev-registry', buildN, 'plugin');
  writeSite(site, spec, {kind: 'plugin', registryMentions: mentions});
  const server = await startDev(site, `/${pageName(0)}`);
  try {
    const page = await browser.newPage();
    const badge = () => page.locator('.classification-badge').filter({hasText: /^(Alpha|Beta)$/}).last();
    await page.goto(`${server.url}/${pageName(0)}`);
    await page.waitForSelector('article');
    const first = await untilShown(
      () => fs.writeFileSync(path.join(site, 'classification.yml'), REGISTRY_ALPHA.replace('level: alpha', 'level: beta')),
      async () => (await badge().textContent().catch(() => '')) === 'Beta',
    );
    // The other pages, each loaded once the first shows it: already Beta.
    const started = performance.now();
    for (let index = 1; index < mentions; index += 1) {
      await page.goto(`${server.url}/${pageName(index)}`);
      await page.locator('.classification-badge', {hasText: /^Beta$/}).last().waitFor({timeout: 60_000});
    }
    row(`dev: registry edit, until the open page shows it`, '', seconds(first), '', undefined);
    row(`dev: registry edit, then each of ${mentions - 1} other pages that mention it loaded and checked`, '', seconds(performance.now() - started), '', undefined);
    await page.close();
  } finally {
    await server.stop();
  }
}

async function indexCost(browser: Browser): Promise<void> {
  const bigItems = smoke ? 500 : 5000;
  const bigSite = path.join(out, `site-index-${bigItems}`);
  writeSite(bigSite, {pages: bigItems / 100, itemsPerPage: 100, plainShare: 0}, {kind: 'plugin'});
  build(bigSite);
  const indexHtml = fs.statSync(path.join(bigSite, 'build', 'classification', 'index.html')).size;
  const server = await serve(path.join(bigSite, 'build'));
  try {
    // `runs` fresh loads of the page, typing the same query each time: every keystroke counts.
    const keystrokes: KeyTimes[] = [];
    let entries = 0;
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage();
      await page.goto(`${server.url}/classification`);
      await page.waitForSelector('html[data-has-hydrated="true"]');
      entries = await page.locator('[data-classification-entry]').count();
      keystrokes.push(...(await measureKeystrokes(page, 'Item 1.2')));
      await page.close();
    }
    row(`index: ${entries} items (${bigItems} in the site), HTML`, '', kb(indexHtml), `${(indexHtml / entries).toFixed(0)} bytes per entry`, undefined);
    const painted = keystrokes.map((key) => key.painted);
    const nextFrame = keystrokes.map((key) => key.nextFrame);
    row(
      `index: ${entries} items, per filter keystroke (${keystrokes.length} keys, from the key's event until its frame is painted)`,
      // 50 ms, kept with a margin.
      '≤ 35 ms',
      ms(median(painted)),
      `max ${ms(Math.max(...painted))}`,
      median(painted) <= 35,
    );
    // The earlier measure (a run measured 49.9 ms by it, with the harness's round trips): one frame later.
    row(`index: ${entries} items, per filter keystroke, until the frame after it starts`, '', ms(median(nextFrame)), `max ${ms(Math.max(...nextFrame))}`, undefined);
  } finally {
    await server.close();
  }
}

if (only.has('remark')) {
  remarkCost();
}
if (only.has('scan')) {
  scanCost();
}
if (only.has('rescan')) {
  rescanCost();
}
if (only.has('scale')) {
  scaleCost();
}
if (only.has('registry')) {
  registryCost();
}
if (only.has('source')) {
  sourceCost();
}
if (only.has('cache')) {
  cacheCost();
}
if (only.has('profile')) {
  profileCost();
}
if (only.has('build')) {
  buildCost();
}
if (only.has('client') || only.has('index') || only.has('dev')) {
  const browser = await launch();
  try {
    if (only.has('dev')) {
      await devCost(browser);
    }
    if (only.has('client')) {
      await clientCost(browser);
    }
    if (only.has('index')) {
      await indexCost(browser);
    }
  } finally {
    await browser.close();
  }
}

console.log(`\n${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, runs ${runs}${smoke ? ' (smoke)' : ''}`);
const missed = rows.filter((entry) => entry.ok === false).length;
// Every figure as data, for BENCHMARKS.md's table.
fs.writeFileSync(path.join(out, 'rows.json'), `${JSON.stringify(rows, null, 1)}\n`);
console.log(`budgets: ${rows.filter((entry) => entry.ok === true).length} met, ${missed} missed`);
// The smoke run (CI) checks that the harness still runs; a full run fails when a budget is missed.
process.exitCode = !smoke && missed > 0 ? 1 : 0;
