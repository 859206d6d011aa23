/**
 * The taxonomy as options give it: levels and kinds as users write them,
 * their schemas, and how they merge over the defaults (a known id keeps the
 * defaults it does not set) and are checked against each other.
 */
import {Joi} from '../upstream/docusaurus';
import {INFIMA_COLORS, isLevelColor} from './colors';
import {isOwnName, OWN_PREFIX} from './names';
import {FIELD_KEYWORDS} from './schema';
import {DEFAULT_KINDS, DEFAULT_LEVELS, PHASE_DEFAULTS, PHASES, type Kind, type Level, type Phase} from './taxonomy';

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

export const levelSchema = Joi.object<LevelOption>({
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

export const kindSchema = Joi.alternatives(
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

export function mergeLevels(given: LevelOption[] | undefined): Level[] {
  if (!given) {
    return DEFAULT_LEVELS;
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
export function defaultLevelOf(given: string | undefined, levels: Level[]): string {
  const found = given ?? (levels.some((level) => level.id === 'stable') ? 'stable' : levels.find((level) => level.phase === 'stable')?.id);
  if (found === undefined || !levels.some((level) => level.id === found)) {
    const what = found === undefined ? 'no level has the stable phase, so defaultLevel must be set' : `defaultLevel "${found}" is not one of the levels`;
    throw new Error(
      `${what} (levels: ${levels.map((level) => level.id).join(', ')}); set defaultLevel to the level an unmarked item has, e.g. defaultLevel: '${levels[0]!.id}'`,
    );
  }
  return found;
}

export function mergeKinds(given: Record<string, KindOption | false> | undefined, levels: Level[]): Kind[] {
  const merged = new Map<string, Kind>(DEFAULT_KINDS.map((kind) => [kind.id, kind]));
  /** Kinds whose table rows the user wrote: only those must match the levels exactly. */
  const userRows = new Set<string>();
  for (const [id, option] of Object.entries(given ?? {})) {
    checkKindName(id, option);
    if (option === false) {
      merged.delete(id);
      continue;
    }
    if (option.table?.rows) {
      userRows.add(id);
    }
    merged.set(id, mergeKind(id, option, merged.get(id)));
  }
  const kinds = [...merged.values()].map((kind) => ({...kind}));
  if (kinds.length === 0) {
    throw new Error('at least one kind is needed; do not remove them all with `false`');
  }
  const levelIds = levels.map((level) => level.id);
  for (const kind of kinds) {
    if (!userRows.has(kind.id)) {
      // Default rows follow the levels: custom levels simply have no row.
      kind.table = {...kind.table, rows: Object.fromEntries(Object.entries(kind.table.rows).filter(([levelId]) => levelIds.includes(levelId)))};
    }
    checkKindLevels(kind, levelIds);
  }
  return kinds;
}

/** A kind's id is a directive-like name outside the plugin's namespace, and its scope's keys are no fields of items. */
function checkKindName(id: string, option: KindOption | false): void {
  if (!NAME.test(id)) {
    throw new Error(`kind "${id}" is not a valid kind name; use lowercase letters, digits, "-" and "_", starting with a letter`);
  }
  if (isOwnName(id)) {
    throw new Error(`kind "${id}" clashes with ${OWN_DIRECTIVES}; pick another name, e.g. "${outsideOwn(id, 'item')}"`);
  }
  for (const key of option === false ? [] : (option.requires ?? [])) {
    if (FIELD_KEYWORDS.has(key)) {
      throw new Error(`kinds.${id}.requires has "${key}", which is a field of every item; name the scope otherwise, e.g. "${id}-${key}"`);
    }
  }
}

/** A kind's option over the built-in kind of that id, if any. */
function mergeKind(id: string, option: KindOption, known: Kind | undefined): Kind {
  const label = option.label ?? known?.label;
  if (!label) {
    throw new Error(`kind "${id}" needs a label, e.g. kinds: {${id}: {label: '${capitalize(id)}', disclaimer: '…'}}`);
  }
  return {
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
  };
}

/** A kind's notices and table rows are for levels that exist, each row a cell per column. */
function checkKindLevels(kind: Kind, levelIds: readonly string[]): void {
  for (const levelId of Object.keys(kind.notices)) {
    if (!levelIds.includes(levelId)) {
      throw new Error(`kinds.${kind.id}.notices has a notice for unknown level "${levelId}"; expected one of ${levelIds.join(', ')}`);
    }
  }
  for (const [levelId, cells] of Object.entries(kind.table.rows)) {
    if (!levelIds.includes(levelId)) {
      throw new Error(`kinds.${kind.id}.table.rows has a row for unknown level "${levelId}"; expected one of ${levelIds.join(', ')}`);
    }
    if (cells.length !== kind.table.columns.length) {
      throw new Error(
        `kinds.${kind.id}.table.rows.${levelId} has ${cells.length} cells but the table has ${kind.table.columns.length} columns (${kind.table.columns.join(', ')}); give one cell per column ('' for an empty cell)`,
      );
    }
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
