import {Joi} from './docusaurus';
import {DEFAULT_KINDS, DEFAULT_LEVELS, type Kind, type Level} from './taxonomy';
import {AGE_PATTERN, DEFAULT_PLUGIN_ID, PLUGIN_NAME, RESERVED_NAMES, SEVERITIES} from './vocabulary';
import type {OptionValidationContext} from '@docusaurus/types';

/** How a content problem (a bad directive or front matter value) is reported. */
export type Severity = (typeof SEVERITIES)[number];

/** A level as users write it in the options; known ids inherit the defaults. */
export interface LevelOption {
  id: string;
  label?: string;
  preview?: boolean;
}

/** A kind as users write it in the options; known ids inherit the defaults. */
export interface KindOption {
  label?: string;
  plural?: string;
  disclaimer?: string;
  requires?: string[];
  table?: Partial<Kind['table']>;
}

/** Normalized options, as the plugin uses them. */
export interface PluginOptions {
  id: string;
  /** Maturity levels, least mature first. (default: alpha, beta, stable) */
  levels: Level[];
  /** Kinds of items. (default: api, package, feature, model) */
  kinds: Kind[];
  /** Route of the generated index page, or `false` for none. (default: `'/classification'`) */
  indexRoute: string | false;
  /** Title of the index page. (default: `'Classification index'`) */
  indexTitle: string;
  /** List Stable (non-preview) items in the index and the JSON too. (default: `false`) */
  includeStable: boolean;
  /** File written to the build output, or `false`. (default: `'classification.json'`) */
  outputFile: string | false;
  /** What to do with invalid classification content. (default: `'throw'`) */
  onInvalidContent: Severity;
  /** Badge internal links to Alpha/Beta pages and items. (default: `true`) */
  linkBadges: boolean;
  /** Page or URL of the classification policy, linked from the index. (default: none) */
  policyPage?: string;
  /** Path of the registry, relative to the site directory. (default: none) */
  registry?: string;
  /** How long an item may stay in preview, e.g. `'180d'`, `'26w'`, `'6m'`, `'1y'`. (default: none) */
  maxPreviewAge?: string;
  /** What to do with items past `maxPreviewAge` or their `review` date. (default: `'warn'`) */
  onStale: Severity;
  /** Ids of the docs, blog and pages plugin instances whose pages this instance covers. (default: all) */
  contentPluginIds?: string[];
}

/** Options as users write them in `docusaurus.config` (a type, so it fits Docusaurus's plugin config). */
export type Options = {
  id?: string;
  /**
   * Maturity levels, least mature first. Replaces the default list; an entry
   * with a default id (`alpha`, `beta`, `stable`) keeps the defaults it does
   * not set. (default: alpha, beta, stable)
   */
  levels?: LevelOption[];
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
  /** (default: `'classification.json'`) */
  outputFile?: string | false;
  /** (default: `'throw'`) */
  onInvalidContent?: Severity;
  /** Badge internal links to Alpha/Beta pages and items. (default: `true`) */
  linkBadges?: boolean;
  /** Page (`/docs/policy`) or URL of the classification policy, linked from the index. (default: none) */
  policyPage?: string;
  /** Path of the registry (`classification.yml`), relative to the site directory. (default: none) */
  registry?: string;
  /** How long an item may stay in preview, e.g. `'180d'`, `'26w'`, `'6m'`, `'1y'`. (default: none) */
  maxPreviewAge?: string;
  /** What to do with items past `maxPreviewAge` or their `review` date. (default: `'warn'`) */
  onStale?: Severity;
  /**
   * Ids of the docs, blog and pages plugin instances whose pages this
   * instance indexes, e.g. `['default']`; for a site with two instances of
   * this plugin, each with its own taxonomy. (default: every instance)
   */
  contentPluginIds?: string[];
};

export const DEFAULT_OPTIONS = {
  id: DEFAULT_PLUGIN_ID,
  levels: DEFAULT_LEVELS,
  kinds: DEFAULT_KINDS,
  indexRoute: '/classification',
  indexTitle: 'Classification index',
  includeStable: false,
  outputFile: 'classification.json',
  onInvalidContent: 'throw',
  linkBadges: true,
  onStale: 'warn',
} as const satisfies PluginOptions;

const NAME = /^[a-z][a-z0-9_-]*$/;

/** A level or kind id: not one of the plugin's own names (the site's admonition keywords are checked by the plugin). */
const idSchema = Joi.string()
  .pattern(NAME)
  .custom((id: string, helpers) => (RESERVED_NAMES.has(id) ? helpers.error('any.reserved', {owner: RESERVED_NAMES.get(id)}) : id))
  .messages({
    'string.pattern.base':
      '{#label} "{#value}" is not a valid directive name; use lowercase letters, digits, "-" and "_", starting with a letter (e.g. "preview")',
    'any.reserved': '{#label} "{#value}" clashes with {#owner}; pick another name, e.g. "{#value}-level"',
  });

const levelSchema = Joi.object<LevelOption>({
  id: idSchema.required(),
  label: Joi.string().trim().min(1),
  preview: Joi.boolean(),
});

const tableSchema = Joi.object({
  columns: Joi.array().items(Joi.string().allow('')),
  rows: Joi.object().pattern(Joi.string(), Joi.array().items(Joi.string().allow(''))),
  footnotes: Joi.array().items(Joi.string()),
});

const kindSchema = Joi.alternatives(
  Joi.boolean().valid(false),
  Joi.object<KindOption>({
    label: Joi.string().trim().min(1),
    plural: Joi.string().trim().min(1),
    disclaimer: Joi.string().allow(''),
    requires: Joi.array().items(Joi.string().pattern(NAME)),
    table: tableSchema,
  }),
);

function mergeLevels(given: LevelOption[] | undefined): Level[] {
  if (!given) {
    return DEFAULT_OPTIONS.levels;
  }
  return given.map((option) => {
    const known = DEFAULT_LEVELS.find((level) => level.id === option.id);
    const label = option.label ?? known?.label;
    if (!label) {
      throw new Error(
        `level "${option.id}" needs a label (the badge text), e.g. {id: '${option.id}', label: '${capitalize(option.id)}', preview: true}`,
      );
    }
    return {id: option.id, label, preview: option.preview ?? known?.preview ?? false};
  });
}

function mergeKinds(given: Options['kinds'], levels: Level[]): Kind[] {
  const merged = new Map<string, Kind>(DEFAULT_KINDS.map((kind) => [kind.id, kind]));
  /** Kinds whose table rows the user wrote: only those must match the levels exactly. */
  const userRows = new Set<string>();
  for (const [id, option] of Object.entries(given ?? {})) {
    if (!NAME.test(id)) {
      throw new Error(
        `kind "${id}" is not a valid kind name; use lowercase letters, digits, "-" and "_", starting with a letter`,
      );
    }
    if (RESERVED_NAMES.has(id)) {
      throw new Error(`kind "${id}" clashes with ${RESERVED_NAMES.get(id)}; pick another name, e.g. "${id}-kind"`);
    }
    if (option === false) {
      merged.delete(id);
      continue;
    }
    const known = merged.get(id);
    const label = option.label ?? known?.label;
    if (option.table?.rows) {
      userRows.add(id);
    }
    if (!label) {
      throw new Error(
        `kind "${id}" needs a label, e.g. kinds: {${id}: {label: '${capitalize(id)}', disclaimer: '…'}}`,
      );
    }
    merged.set(id, {
      id,
      label,
      plural: option.plural ?? known?.plural ?? `${label}s`,
      disclaimer: option.disclaimer ?? known?.disclaimer ?? '',
      requires: option.requires ?? known?.requires ?? [],
      table: {
        columns: option.table?.columns ?? known?.table.columns ?? [],
        rows: option.table?.rows ?? known?.table.rows ?? {},
        footnotes: option.table?.footnotes ?? known?.table.footnotes ?? [],
      },
    });
  }
  const kinds = [...merged.values()].map((kind) => ({...kind}));
  if (kinds.length === 0) {
    throw new Error('at least one kind is needed; do not remove them all with `false`');
  }
  const levelIds = levels.map((level) => level.id);
  for (const kind of kinds) {
    if (!userRows.has(kind.id)) {
      // Default rows follow the levels: custom levels simply have no row.
      kind.table = {
        ...kind.table,
        rows: Object.fromEntries(Object.entries(kind.table.rows).filter(([levelId]) => levelIds.includes(levelId))),
      };
    }
    for (const [levelId, cells] of Object.entries(kind.table.rows)) {
      if (!levelIds.includes(levelId)) {
        throw new Error(
          `kinds.${kind.id}.table.rows has a row for unknown level "${levelId}"; expected one of ${levelIds.join(', ')}`,
        );
      }
      if (cells.length !== kind.table.columns.length) {
        throw new Error(
          `kinds.${kind.id}.table.rows.${levelId} has ${cells.length} cells but the table has ${kind.table.columns.length} columns (${kind.table.columns.join(', ')}); give one cell per column ('' for an empty cell)`,
        );
      }
    }
  }
  return kinds;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const optionsSchema = Joi.object({
  id: Joi.string().default(DEFAULT_OPTIONS.id),
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
  outputFile: Joi.alternatives(
    Joi.string().pattern(/^[^/\\]/).message('{#label} must be a path relative to the build folder'),
    Joi.boolean().valid(false),
  ).default(DEFAULT_OPTIONS.outputFile),
  onInvalidContent: Joi.string()
    .equal(...SEVERITIES)
    .default(DEFAULT_OPTIONS.onInvalidContent),
  linkBadges: Joi.boolean().default(DEFAULT_OPTIONS.linkBadges),
  policyPage: Joi.string().pattern(/^(\/|https?:\/\/)/).message('{#label} must be a site path starting with "/" or an http(s) URL'),
  registry: Joi.string().pattern(/\.(ya?ml|json)$/).message('{#label} must be a .yml, .yaml or .json file, e.g. "classification.yml"'),
  maxPreviewAge: Joi.string()
    .pattern(AGE_PATTERN)
    .message('{#label} must be a number of days, weeks, months or years, e.g. "180d", "26w", "6m" or "1y"'),
  onStale: Joi.string().equal(...SEVERITIES).default(DEFAULT_OPTIONS.onStale),
  contentPluginIds: Joi.array().items(Joi.string()).min(1),
})
  .custom((value: Options & Omit<PluginOptions, 'levels' | 'kinds'>) => {
    const levels = mergeLevels(value.levels);
    return {...value, levels, kinds: mergeKinds(value.kinds, levels)};
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
