import {Joi} from '../upstream/docusaurus';
import {INFIMA_COLORS, isLevelColor} from './colors';
import {DEFAULT_KINDS, DEFAULT_LEVELS, PHASE_DEFAULTS, PHASES, type Kind, type Level, type Phase} from './taxonomy';
import {DEFAULT_PLUGIN_ID, isOwnName, OWN_PREFIX, PLUGIN_NAME, SEVERITIES, type Severity} from './names';
import {FIELD_KEYWORDS} from './schema';
import {AGE_PATTERN} from './versions';
import type {OptionValidationContext} from '@docusaurus/types';

/** How a content problem (a bad directive or front matter value) is reported. */
export type {Severity};

/** A level as users write it in the options; known ids inherit the defaults. */
export interface LevelOption {
  id: string;
  label?: string;
  /** `'preview'`, `'stable'` or `'retired'`. (default: the built-in level's, else `'stable'`) */
  phase?: Phase;
  /** The old shorthand: `true` is `phase: 'preview'`, `false` `phase: 'stable'`. */
  preview?: boolean;
  /** Listed on the index, badged in the sidebar and on links. (default: by phase) */
  listed?: boolean;
  /** `true` (the kind's disclaimer), `false`, or Markdown. (default: by phase) */
  notice?: boolean | string;
  /** An Infima colour name or a CSS colour (`#rrggbb`, `rgb()`, `hsl()`). */
  color?: string;
}

/** A kind as users write it in the options; known ids inherit the defaults. */
export interface KindOption {
  label?: string;
  plural?: string;
  disclaimer?: string;
  /** Level id → the notice this kind's items of that level show instead of the level's. */
  notices?: Record<string, string>;
  requires?: string[];
  table?: Partial<Kind['table']>;
}

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

const NAME = /^[a-z][a-z0-9_-]*$/;

/** The plugin's own directives, as messages name them: a new form may take any name in this namespace. */
const OWN_DIRECTIVES = `the plugin's own directives (${OWN_PREFIX} and ${OWN_PREFIX}-…, such as ${OWN_PREFIX}-table)`;

/** A name outside the plugin's namespace, for a message's example. */
const outsideOwn = (id: string, what: string) => id.replace(OWN_PREFIX, what);

/** A level or kind id: not in the plugin's own namespace (the site's admonition keywords are checked by the plugin). */
const idSchema = Joi.string()
  .pattern(NAME)
  .custom((id: string, helpers) => (isOwnName(id) ? helpers.error('any.reserved', {example: outsideOwn(id, 'stage')}) : id))
  .messages({
    'string.pattern.base':
      '{#label} "{#value}" is not a valid directive name; use lowercase letters, digits, "-" and "_", starting with a letter (e.g. "preview")',
    'any.reserved': `{#label} "{#value}" clashes with ${OWN_DIRECTIVES}; pick another name, e.g. "{#example}"`,
  });

const levelSchema = Joi.object<LevelOption>({
  id: idSchema.required(),
  label: Joi.string().trim().min(1),
  phase: Joi.string()
    .valid(...PHASES)
    .messages({'any.only': `{#label} must be one of ${PHASES.join(', ')} (before Stable, Stable, after it); it is "{#value}"`}),
  preview: Joi.boolean(),
  listed: Joi.boolean(),
  notice: Joi.alternatives(Joi.boolean(), Joi.string().trim().min(1)),
  color: Joi.string()
    .custom((color: string, helpers) => (isLevelColor(color) ? color : helpers.error('any.color')))
    .messages({
      'any.color': `{#label} "{#value}" is not a colour; expected an Infima colour name (${INFIMA_COLORS.join(', ')}) or a CSS colour such as "#0b6e99", "rgb(11 110 153)" or "hsl(200 87% 32%)"`,
    }),
})
  .oxor('phase', 'preview')
  .messages({'object.oxor': '{#label} sets both phase and preview; keep phase (preview: true is the old spelling of phase: \'preview\')'});

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
    notices: Joi.object().pattern(Joi.string(), Joi.string().trim().min(1)),
    requires: Joi.array().items(Joi.string().pattern(NAME)),
    table: tableSchema,
  }),
);

function mergeLevels(given: LevelOption[] | undefined): Level[] {
  if (!given) {
    return DEFAULT_OPTIONS.levels;
  }
  const levels = given.map((option): Level => {
    const known = DEFAULT_LEVELS.find((level) => level.id === option.id);
    const label = option.label ?? known?.label;
    if (!label) {
      throw new Error(
        `level "${option.id}" needs a label (the badge text), e.g. {id: '${option.id}', label: '${capitalize(option.id)}', phase: 'preview'}`,
      );
    }
    const phase: Phase = option.phase ?? (option.preview === undefined ? known?.phase : option.preview ? 'preview' : 'stable') ?? 'stable';
    // A built-in level keeps its own notice unless its phase changes; else the phase's defaults.
    const defaults = known && known.phase === phase ? known : PHASE_DEFAULTS[phase];
    return {
      id: option.id,
      label,
      phase,
      listed: option.listed ?? defaults.listed,
      notice: option.notice ?? defaults.notice,
      ...(option.color === undefined ? {} : {color: option.color}),
    };
  });
  checkLifecycleOrder(levels);
  return levels;
}

/** Preview levels, then stable ones, then retired ones: the order badges, tables and the index follow. */
function checkLifecycleOrder(levels: Level[]): void {
  levels.forEach((level, index) => {
    const earlier = levels.slice(0, index).find((other) => PHASES.indexOf(other.phase) > PHASES.indexOf(level.phase));
    if (earlier) {
      throw new Error(
        `levels must be in lifecycle order (preview levels, then stable, then retired), but "${earlier.id}" (${earlier.phase}) comes before "${level.id}" (${level.phase}); move "${level.id}" before "${earlier.id}"`,
      );
    }
  });
}

/** The given default level, else `stable`, else the first level of the stable phase. */
function defaultLevelOf(given: string | undefined, levels: Level[]): string {
  const found = given ?? (levels.some((level) => level.id === 'stable') ? 'stable' : levels.find((level) => level.phase === 'stable')?.id);
  if (found === undefined || !levels.some((level) => level.id === found)) {
    const what = found === undefined ? 'no level has the stable phase, so defaultLevel must be set' : `defaultLevel "${found}" is not one of the levels`;
    throw new Error(
      `${what} (levels: ${levels.map((level) => level.id).join(', ')}); set defaultLevel to the level an unmarked item has, e.g. defaultLevel: '${levels[0]!.id}'`,
    );
  }
  return found;
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
    if (isOwnName(id)) {
      throw new Error(`kind "${id}" clashes with ${OWN_DIRECTIVES}; pick another name, e.g. "${outsideOwn(id, 'item')}"`);
    }
    for (const key of option === false ? [] : (option.requires ?? [])) {
      if (FIELD_KEYWORDS.has(key)) {
        throw new Error(
          `kinds.${id}.requires has "${key}", which is a field of every item; name the scope otherwise, e.g. "${id}-${key}"`,
        );
      }
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
      notices: option.notices ?? known?.notices ?? {},
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
    for (const levelId of Object.keys(kind.notices)) {
      if (!levelIds.includes(levelId)) {
        throw new Error(`kinds.${kind.id}.notices has a notice for unknown level "${levelId}"; expected one of ${levelIds.join(', ')}`);
      }
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
  newFor: Joi.alternatives(
    Joi.string().pattern(AGE_PATTERN).message(NEW_FOR_MESSAGE),
    Joi.number().integer().min(1).messages({'number.integer': NEW_FOR_MESSAGE, 'number.min': NEW_FOR_MESSAGE}),
  ).messages({'alternatives.types': NEW_FOR_MESSAGE}),
  contentPluginIds: Joi.array().items(Joi.string()).min(1),
})
  .custom((value: Options & Omit<PluginOptions, 'levels' | 'kinds' | 'defaultLevel'>) => {
    const levels = mergeLevels(value.levels);
    return {...value, levels, defaultLevel: defaultLevelOf(value.defaultLevel, levels), kinds: mergeKinds(value.kinds, levels)};
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
