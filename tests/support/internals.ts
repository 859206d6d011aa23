/**
 * The plugin's internals the tests exercise directly: not public API (the
 * package root exports the plugin, validateOptions and getSwizzleConfig), so
 * they are imported from the built files, in one place.
 */
import {DEFAULT_CONFIG} from '@docusaurus/core/lib/server/configValidation.js';
import {admonitionKeywordsOf} from '../../plugin/lib/upstream/docusaurus.js';
import {collect} from '../../plugin/lib/forms/index.js';
import {Reader} from '../../plugin/lib/read/reader.js';
import {DEFAULT_KINDS, DEFAULT_LEVELS, type Taxonomy} from '../../plugin/lib/model/taxonomy.js';
import {NEW_LABEL} from '../../plugin/lib/model/names.js';
import {normalizeOptions} from '../../plugin/lib/model/options.js';
import {snapshotSettings} from '../../plugin/lib/docusaurus/all-content.js';
import {buildSnapshot, type Snapshot, type SnapshotSettings} from '../../plugin/lib/site/snapshot.js';
import type {Registry} from '../../plugin/lib/model/item.js';

export {collect, FORMS, IMPORTED_COMPONENTS} from '../../plugin/lib/forms/index.js';
export {collectLinks} from '../../plugin/lib/read/collect/links.js';
export {fileTitle} from '../../plugin/lib/read/collect/walk.js';
export {mayClassify} from '../../plugin/lib/read/collect/quick-check.js';
export {Reader} from '../../plugin/lib/read/reader.js';
export {cacheDir, CODE_HASH_FILE, hashPluginCode, readSettled, SETTLE_MS} from '../../plugin/lib/read/cache.js';
export {createParsers, preprocess} from '../../plugin/lib/read/mdx.js';
export {entriesOf, listedEntries} from '../../plugin/lib/site/entries.js';
export {loadRegistries, loadRegistry, readRegistry} from '../../plugin/lib/read/registry/index.js';
export {changedRegistry} from '../../plugin/lib/read/registry/current.js';
export {jsonNodes} from '../../plugin/lib/read/registry/json.js';
export {staleness} from '../../plugin/lib/site/stale.js';
export {ageInDays, compareSince} from '../../plugin/lib/model/versions.js';
export {LinkTargets} from '../../plugin/lib/site/links.js';
export {displayPath, formatProblem, ClassificationError} from '../../plugin/lib/model/problems.js';
export {normalizeOptions, DEFAULT_OPTIONS} from '../../plugin/lib/model/options.js';
export {DEFAULT_KINDS, DEFAULT_LEVELS, PHASE_DEFAULTS} from '../../plugin/lib/model/taxonomy.js';
export {builtIn as builtInTranslations, translateContent as translateClassification} from '../../plugin/lib/model/i18n.js';
export {disclaimerData} from '../../plugin/lib/outputs/disclaimers.js';
export {admonitionKeywords, checkNames} from '../../plugin/lib/docusaurus/site-config.js';
export type {Options} from '../../plugin/lib/model/options.js';
export type {IndexEntry} from '../../plugin/lib/model/item.js';
export {anchorOfId} from '../../plugin/lib/model/item.js';
export {atLeast, checkDocusaurusVersion, MINIMUM_DOCUSAURUS} from '../../plugin/lib/docusaurus/compat.js';
export {core as siteCore} from '../../plugin/lib/upstream/docusaurus.js';
export {contrast, levelColors, palettes, parseColor} from '../../plugin/lib/model/colors.js';
export {levelStylesheet} from '../../plugin/lib/outputs/css.js';
export {buildSnapshot};
export {SnapshotStore} from '../../plugin/lib/site/snapshot-store.js';
export type {Snapshot, SnapshotSettings};
export {isRemoved} from '../../plugin/lib/site/retirement.js';
export {NEW_LABEL};
export {changeOf, historyReleases, releasesNamed, versionReleases} from '../../plugin/lib/site/releases.js';
export {changesFeed} from '../../plugin/lib/outputs/feed.js';
export {changeTitle} from '../../plugin/lib/outputs/changes-text.js';
export {plainText, wellFormed} from '../../plugin/lib/model/text.js';
export {markNew, NewItems} from '../../plugin/lib/site/new.js';
export {readerScript} from '../../plugin/lib/outputs/reader-script.js';
export {ENTRY_FIELDS, fieldsWhere, jsonEntry} from '../../plugin/lib/model/schema.js';
export {COMPONENTS} from '../../plugin/lib/model/components.js';
export {cliOutput, checkReport, chosenSnapshot, loadSnapshots} from '../../plugin/lib/docusaurus/cli.js';
export {siteFor, SNAPSHOTS_VARIABLE, snapshotFile} from '../../plugin/lib/docusaurus/hand-off.js';

/** Docusaurus's admonition keywords, as a site without its own has them. */
export const DEFAULT_KEYWORDS = admonitionKeywordsOf(true);

/** A reader of pages as the plugin makes one: Docusaurus's default Markdown options, the default taxonomy, no cache on disk. */
export function newReader(
  taxonomy: Taxonomy = {levels: DEFAULT_LEVELS, kinds: DEFAULT_KINDS},
  {siteDir, cacheFile, markdown = DEFAULT_CONFIG.markdown}: {siteDir?: string; cacheFile?: string; markdown?: typeof DEFAULT_CONFIG.markdown} = {},
): Reader {
  return new Reader({markdown, taxonomy, anchorsMaintainCase: false, admonitionKeywords: DEFAULT_KEYWORDS, siteDir, collect, cacheFile});
}

/** The settings a snapshot takes from the plugin's options, at their defaults. */
export function defaultSettings(overrides: Partial<SnapshotSettings> = {}): SnapshotSettings {
  const instance = {newLabel: NEW_LABEL, readerStorage: {type: 'localStorage', key: 'docusaurus.classification.hide'} as const, anchorsMaintainCase: false, problemsInOverlay: false};
  return {...snapshotSettings(normalizeOptions({}), instance), ...overrides};
}

/** A snapshot of pages read by a fresh reader (or `reader`), as allContentLoaded() builds it, with the default settings. */
export async function snapshotOfPages({
  pages,
  siteDir,
  taxonomy = {levels: DEFAULT_LEVELS, kinds: DEFAULT_KINDS},
  registry,
  versions = [],
  today = '2026-12-01',
  reader = newReader(taxonomy, {siteDir}),
  settings = {},
}: {
  pages: Parameters<typeof buildSnapshot>[0]['pages'];
  siteDir: string;
  taxonomy?: Taxonomy;
  registry?: Registry;
  versions?: Parameters<typeof buildSnapshot>[0]['versions'];
  today?: string;
  reader?: Reader;
  settings?: Partial<SnapshotSettings>;
}): Promise<Snapshot> {
  return buildSnapshot({
    settings: defaultSettings(settings),
    taxonomy,
    pages,
    reader,
    ...(registry ? {registry: {registry, hash: 'test'}} : {}),
    versions,
    today,
    contentRoots: [],
    siteDir,
    baseUrl: '/',
  });
}
export {PAGE_COMPONENTS} from '../../plugin/lib/render/render.js';
export {componentsModule} from '../../plugin/lib/outputs/components.js';
