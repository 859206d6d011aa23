/**
 * The plugin's internals the tests exercise directly: not public API (the
 * package root exports the plugin, validateOptions and getSwizzleConfig), so
 * they are imported from the built files, in one place.
 */
export {collect, collectLinks, fileTitle, mayClassify} from '../../plugin/lib/collect/index.js';
export {Scanner, createParsers, preprocess} from '../../plugin/lib/scan/scanner.js';
export {buildIndex, listedEntries} from '../../plugin/lib/scan/indexing.js';
export {loadRegistry} from '../../plugin/lib/scan/registry.js';
export {ageInDays, staleness} from '../../plugin/lib/scan/stale.js';
export {LinkTargets} from '../../plugin/lib/remark/link-targets.js';
export {formatProblem, ClassificationError} from '../../plugin/lib/problems.js';
export {normalizeOptions, DEFAULT_OPTIONS} from '../../plugin/lib/options.js';
export {DEFAULT_KINDS, DEFAULT_LEVELS, PHASE_DEFAULTS} from '../../plugin/lib/taxonomy.js';
export {builtIn as builtInTranslations, translateContent as translateClassification} from '../../plugin/lib/i18n.js';
export {disclaimerData} from '../../plugin/lib/disclaimers.js';
export {ownDirectiveNames} from '../../plugin/lib/vocabulary.js';
export {admonitionKeywords, checkNames} from '../../plugin/lib/site-config.js';
export type {Options} from '../../plugin/lib/options.js';
export type {ClassificationIndex} from '../../plugin/lib/scan/indexing.js';
export type {IndexEntry} from '../../plugin/lib/scan/indexing.js';
export {atLeast, checkDocusaurusVersion, core as siteCore, MINIMUM_DOCUSAURUS} from '../../plugin/lib/docusaurus.js';
export {contrast, levelColors, levelStylesheet, palettes, parseColor} from '../../plugin/lib/colors.js';
export {indexSite} from '../../plugin/lib/scan/site-index.js';
export {isRemoved} from '../../plugin/lib/scan/retirement.js';
export {compareSince, NEW_LABEL} from '../../plugin/lib/vocabulary.js';
export {changeOf, historyReleases, versionReleases} from '../../plugin/lib/scan/changes.js';
export {changesFeed} from '../../plugin/lib/scan/changes-feed.js';
export {markNew, NewItems} from '../../plugin/lib/scan/new.js';
export {readerScript} from '../../plugin/lib/reader.js';
