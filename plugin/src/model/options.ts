/**
 * The plugin's options: as users write them, normalized, their defaults, and
 * the one Joi schema Docusaurus validates them with.
 */
import {Joi} from '../upstream/docusaurus';
import {DEFAULT_KINDS, DEFAULT_LEVELS, type Kind, type Level} from './taxonomy';
import {DEFAULT_PLUGIN_ID, PLUGIN_NAME, SEVERITIES, type Severity} from './names';
import {defaultLevelOf, kindSchema, levelSchema, mergeKinds, mergeLevels, type KindOption, type LevelOption} from './taxonomy-options';
import {DEFAULT_SOURCE_KIND, defaultLevelMap, levelMapMistake, sameSeries, sourceOf, SOURCE_TYPES, type RegistryEntryOption, type RegistrySource, type RegistrySourceOption} from './sources';
import {AGE_PATTERN, compareSince, isSince} from './versions';
import type {OptionValidationContext} from '@docusaurus/types';

export type {KindOption, LevelOption, Severity};

/** Normalized options, as the plugin uses them. */
export interface PluginOptions {
  id: string;
  /** Maturity levels in lifecycle order. (default: alpha, beta, stable, deprecated) */
  levels: Level[];
  /** The level of an unmarked item. (default: `'stable'`, else the first level of the stable phase) */
  defaultLevel: string;
  /** Kinds of items. (default: api, package, feature, model) */
  kinds: Kind[];
  /** Route of the generated index page, or `false` for none. (default: `'/classification'`) */
  indexRoute: string | false;
  /** Title of the index page. (default: `'Classification index'`) */
  indexTitle: string;
  /** List Stable (non-preview) items in the index and the JSON too. (default: `false`) */
  includeStable: boolean;
  /** `'first'`: later items of a kind and level on a page link to the first one's notice. (default: `'every'`) */
  notices: 'every' | 'first';
  /** File written to the build output (a path inside it that no route or other file uses), or `false`. (default: `'classification.json'`) */
  outputFile: string | false;
  /** What to do with invalid classification content. (default: `'throw'`) */
  onInvalidContent: Severity;
  /** Badge internal links to Alpha/Beta pages and items. (default: `true`) */
  linkBadges: boolean;
  /** Page or URL of the classification policy, linked from the index. (default: none) */
  policyPage?: string;
  /** The registry's files and sources, paths relative to the site directory, each source's level map complete. (default: none) */
  registry?: RegistrySource[];
  /** How long an item may stay in preview, e.g. `'180d'`, `'26w'`, `'6m'`, `'1y'`. (default: none) */
  maxPreviewAge?: string;
  /** What to do with items past `maxPreviewAge` or their `review` date. (default: `'warn'`) */
  onStale: Severity;
  /** Items whose current level began within this time (`'90d'`) or these last docs versions or releases (`2`) show "New". (default: none) */
  newFor?: string | number;
  /** Ids of the docs, blog and pages plugin instances whose pages this instance covers. (default: all) */
  contentPluginIds?: string[];
}

/** Options as users write them in `docusaurus.config` (a type, so it fits Docusaurus's plugin config). */
export type Options = {
  id?: string;
  /**
   * Maturity levels in lifecycle order: preview levels, then stable, then
   * retired. Replaces the default list; an entry with a default id (`alpha`,
   * `beta`, `stable`, `deprecated`) keeps the defaults it does not set.
   * (default: alpha, beta, stable, deprecated)
   */
  levels?: LevelOption[];
  /** The level of an item nobody marked; the index says items not listed are of it. (default: `'stable'`, else the first level of the stable phase) */
  defaultLevel?: string;
  /**
   * Kinds by id, merged over the defaults (`api`, `package`, `feature`,
   * `model`); `false` removes a default kind. (default: the four seed kinds)
   */
  kinds?: Record<string, KindOption | false>;
  /** (default: `'/classification'`) */
  indexRoute?: string | false;
  /** (default: `'Classification index'`) */
  indexTitle?: string;
  /** (default: `false`) */
  includeStable?: boolean;
  /** `'first'`: later items of a kind and level on a page link to the first one's notice instead of repeating it. (default: `'every'`) */
  notices?: 'every' | 'first';
  /** A path inside the build folder, with `/` between folders, that no route or other file uses; `false` for none. (default: `'classification.json'`) */
  outputFile?: string | false;
  /** (default: `'throw'`) */
  onInvalidContent?: Severity;
  /** Badge internal links to Alpha/Beta pages and items. (default: `true`) */
  linkBadges?: boolean;
  /** Page (`/docs/policy`) or URL of the classification policy, linked from the index. (default: none) */
  policyPage?: string;
  /**
   * Path of the registry (`classification.yml`), relative to the site
   * directory, or a source (`{typedoc: 'api/typedoc.json'}`,
   * `{apiExtractor}`, `{openapi}`, `{module}`), or a list of them (each
   * item defined in one). (default: none)
   */
  registry?: RegistryEntryOption | RegistryEntryOption[];
  /** How long an item may stay in preview, e.g. `'180d'`, `'26w'`, `'6m'`, `'1y'`. (default: none) */
  maxPreviewAge?: string;
  /** What to do with items past `maxPreviewAge` or their `review` date. (default: `'warn'`) */
  onStale?: Severity;
  /**
   * Items whose current level began within this time (`'90d'`, `'12w'`,
   * `'3m'`), counted from a date `since` or registry history, or within
   * these last releases (`2`: the last two docs versions, or the two newest
   * version `since` values) show "New"; it goes by itself. (default: none)
   */
  newFor?: string | number;
  /**
   * Ids of the docs, blog and pages plugin instances whose pages this
   * instance indexes, e.g. `['default']`; for a site with two instances of
   * this plugin, each with its own taxonomy. (default: every instance)
   */
  contentPluginIds?: string[];
};

const NEW_FOR_MESSAGE = '{#label} must be a time, e.g. "90d", "12w" or "3m", or a number of releases, e.g. 2';

const OUTPUT_FILE_EXPECTED = 'a path inside the build folder with "/" between its folders, e.g. "classification.json" or "data/classification.json"';

/**
 * What keeps `outputFile` from being a path inside the build folder, spelt
 * one way (issue 25): then two instances that claim one file (claimOutputs)
 * and the routes it must not meet (outputs/json) compare as text.
 */
function outputFileMistake(file: string): string | undefined {
  const segments = file.split('/');
  if (/^([/\\]|[a-z]:)/i.test(file)) {
    return 'is an absolute path';
  }
  if (file.includes('\\')) {
    return 'has a backslash';
  }
  if (segments.includes('..')) {
    return 'leaves the build folder through ".."';
  }
  if (segments.includes('.')) {
    return 'has a "." folder';
  }
  if (file.endsWith('/')) {
    return 'ends with "/", so names a folder';
  }
  return segments.includes('') ? 'has an empty folder name' : undefined;
}

/** The path the user likely meant, inside the build folder: `../escaped.json` → `escaped.json`. */
function insideBuild(file: string): string {
  const segments = file.replace(/^[a-z]:/i, '').split(/[/\\]/);
  const named = (segment: string | undefined) => segment !== undefined && !['', '.', '..'].includes(segment);
  // No file name at the end (`data/`, `..`): the default one.
  return [...segments.filter(named), ...(named(segments.at(-1)) ? [] : [DEFAULT_OPTIONS.outputFile])].join('/');
}

export const DEFAULT_OPTIONS = {
  id: DEFAULT_PLUGIN_ID,
  levels: DEFAULT_LEVELS,
  defaultLevel: 'stable',
  kinds: DEFAULT_KINDS,
  indexRoute: '/classification',
  indexTitle: 'Classification index',
  includeStable: false,
  notices: 'every',
  outputFile: 'classification.json',
  onInvalidContent: 'throw',
  linkBadges: true,
  onStale: 'warn',
} as const satisfies PluginOptions;

/** A registry file: YAML or JSON. */
const REGISTRY_FILE = Joi.string().pattern(/\.(ya?ml|json)$/).message('{#label} must be a .yml, .yaml or .json file, e.g. "classification.yml"');
/** Braces escaped: Joi reads `{…}` in a message as a template. */
const SOURCE_EXAMPLE = '\\{typedoc: "api/typedoc.json"\\}, \\{apiExtractor: "etc/*.api.json"\\}, \\{openapi: "openapi.yaml"\\} or \\{module: "./status.mjs"\\}';
/** A source of registry items: one of SOURCE_TYPES and its path, with what its markers mean, its items' kind and where its pages are. */
const REGISTRY_SOURCE = Joi.object({
  ...Object.fromEntries(SOURCE_TYPES.map((type) => [type, Joi.string()])),
  levels: Joi.object().pattern(Joi.string(), Joi.alternatives(Joi.string(), Joi.boolean().valid(false))),
  kind: Joi.string(),
  release: Joi.string().custom((release: string, helpers) => (isSince(release) ? release : helpers.error('any.invalid'))).messages({'any.invalid': '{#label} must be a version such as "2.1" or a date'}),
  pages: Joi.string().pattern(/^[^/]/).message('{#label} must be a doc id folder such as "api", without a leading "/"'),
})
  .xor(...SOURCE_TYPES)
  .messages({'object.missing': `{#label} names no source; expected one of ${SOURCE_EXAMPLE}`, 'object.xor': '{#label} names two sources; write each in its own entry'});
const REGISTRY_ENTRY = Joi.alternatives(REGISTRY_FILE, REGISTRY_SOURCE).messages({
  'alternatives.types': `{#label} must be a registry file ("classification.yml") or a source: ${SOURCE_EXAMPLE}`,
});

/** The registry option as a list of sources, each with its complete level map, checked against the taxonomy. */
function registrySources(given: RegistryEntryOption | RegistryEntryOption[] | undefined, levels: Level[], defaultLevel: string, kinds: Kind[]): RegistrySource[] | undefined {
  if (given === undefined) {
    return undefined;
  }
  const sources = [given].flat().map((entry, index): RegistrySource => {
    if (typeof entry === 'string') {
      return sourceOf(entry);
    }
    const type = SOURCE_TYPES.find((candidate) => (entry as RegistrySourceOption)[candidate] !== undefined)!;
    const label = `registry[${index}] (${type}: "${entry[type]}")`;
    const map = {...(type === 'module' ? {} : defaultLevelMap(type, levels, defaultLevel)), ...entry.levels};
    const mistake = type === 'module' && entry.levels ? 'sets levels, but a module returns its items\' levels' : levelMapMistake(type, map, levels);
    if (mistake) {
      throw new Error(`${label} ${mistake}`);
    }
    const kind = entry.kind ?? DEFAULT_SOURCE_KIND;
    if (!kinds.some((candidate) => candidate.id === kind)) {
      throw new Error(`${label} gives its items kind "${kind}", which is no kind; expected one of ${kinds.map((candidate) => candidate.id).join(', ')} (set kind)`);
    }
    const moduleSets = type === 'module' ? (['release', 'kind', 'pages'] as const).find((key) => entry[key] !== undefined) : undefined;
    if (moduleSets) {
      throw new Error(`${label} sets ${moduleSets}, but a module returns its items with their own (history, kind, page)`);
    }
    return {type, path: entry[type]!, levels: map, kind, ...(entry.pages !== undefined ? {pages: entry.pages.replace(/\/+$/, '')} : {}), ...(entry.release !== undefined ? {release: entry.release} : {})};
  });
  // The releases of one series (read/registry/releases.ts) must compare: versions, or dates, not both.
  const releases = sources.filter((source) => source.release !== undefined);
  releases.forEach((source, index) => {
    const later = releases.slice(index + 1).find((other) => sameSeries(source, other) && compareSince(other.release!, source.release!) === undefined);
    if (later) {
      throw new Error(`registry: the ${source.type} sources of releases "${source.release}" and "${later.release}" do not compare; give every release of one source a version, or every one a date`);
    }
  });
  return sources;
}

export const optionsSchema = Joi.object({
  id: Joi.string().default(DEFAULT_OPTIONS.id),
  defaultLevel: Joi.string(),
  levels: Joi.array()
    .items(levelSchema)
    .min(1)
    .unique('id')
    .messages({'array.unique': '{#label} contains a duplicate level id "{#value.id}"'}),
  kinds: Joi.object().pattern(Joi.string(), kindSchema),
  indexRoute: Joi.alternatives(
    Joi.string().pattern(/^\//).message('{#label} must start with "/", e.g. "/classification"'),
    Joi.boolean().valid(false),
  ).default(DEFAULT_OPTIONS.indexRoute),
  indexTitle: Joi.string().default(DEFAULT_OPTIONS.indexTitle),
  includeStable: Joi.boolean().default(DEFAULT_OPTIONS.includeStable),
  notices: Joi.string().valid('every', 'first').default(DEFAULT_OPTIONS.notices),
  outputFile: Joi.alternatives(
    Joi.string()
      .custom((file: string, helpers) => {
        const mistake = outputFileMistake(file);
        return mistake === undefined ? file : helpers.error('any.outsideBuild', {mistake, fix: insideBuild(file)});
      })
      .messages({
        'any.outsideBuild': `{#label} "{#value}" {#mistake}; expected ${OUTPUT_FILE_EXPECTED}; write "{#fix}"`,
        'string.empty': `{#label} is empty; expected ${OUTPUT_FILE_EXPECTED}; write "${DEFAULT_OPTIONS.outputFile}", or false to write no file`,
      }),
    Joi.boolean().valid(false),
  ).default(DEFAULT_OPTIONS.outputFile),
  onInvalidContent: Joi.string()
    .equal(...SEVERITIES)
    .default(DEFAULT_OPTIONS.onInvalidContent),
  linkBadges: Joi.boolean().default(DEFAULT_OPTIONS.linkBadges),
  policyPage: Joi.string().pattern(/^(\/|https?:\/\/)/).message('{#label} must be a site path starting with "/" or an http(s) URL'),
  registry: Joi.alternatives(
    REGISTRY_FILE,
    REGISTRY_SOURCE,
    Joi.array()
      .items(REGISTRY_ENTRY)
      .min(1)
      .unique()
      .messages({'array.min': '{#label} lists no file; expected a registry file or a list of them, e.g. ["classification.yml", "apis.json"]', 'array.unique': '{#label} names a file the list already has'}),
  ).messages({'alternatives.types': `{#label} must be a registry file or source, or a list of them, e.g. "classification.yml" or ["classification.yml", \\{typedoc: "api/typedoc.json"\\}]`}),
  maxPreviewAge: Joi.string()
    .pattern(AGE_PATTERN)
    .message('{#label} must be a number of days, weeks, months or years, e.g. "180d", "26w", "6m" or "1y"'),
  onStale: Joi.string().equal(...SEVERITIES).default(DEFAULT_OPTIONS.onStale),
  newFor: Joi.alternatives(
    Joi.string().pattern(AGE_PATTERN).message(NEW_FOR_MESSAGE),
    Joi.number().integer().min(1).messages({'number.integer': NEW_FOR_MESSAGE, 'number.min': NEW_FOR_MESSAGE}),
  ).messages({'alternatives.types': NEW_FOR_MESSAGE}),
  contentPluginIds: Joi.array().items(Joi.string()).min(1),
})
  .custom((value: Options & Omit<PluginOptions, 'levels' | 'kinds' | 'defaultLevel' | 'registry'>) => {
    const levels = mergeLevels(value.levels);
    const defaultLevel = defaultLevelOf(value.defaultLevel, levels);
    const kinds = mergeKinds(value.kinds, levels);
    const registry = registrySources(value.registry, levels, defaultLevel, kinds);
    return {...value, levels, defaultLevel, kinds, ...(registry ? {registry} : {})};
  })
  .messages({'any.custom': `${PLUGIN_NAME}: {#error.message}`});

/** Validates user options and merges them over the defaults. */
export function normalizeOptions(options: Options | undefined): PluginOptions {
  const {value, error} = optionsSchema.validate(options ?? {}, {convert: false});
  if (error) {
    throw error;
  }
  return value as PluginOptions;
}

export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Options | undefined, PluginOptions>): PluginOptions {
  return validate(optionsSchema, options ?? {});
}
