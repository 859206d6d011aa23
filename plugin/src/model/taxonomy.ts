/**
 * The taxonomy: maturity levels, item kinds, the level-comparison tables and
 * the Developer Preview disclaimers. The defaults follow the AWS Neuron
 * "software classification" page (see ../../shared/seed) with vendor-neutral
 * wording; every text can be replaced through the plugin options.
 *
 * Texts are Markdown strings: the remark plugin parses them into mdast, so
 * they reach the reader as React elements and never as raw HTML.
 */

/**
 * Where a level sits in the lifecycle: before Stable (Alpha, Beta, a release
 * candidate…), Stable itself, or after it (deprecated, unmaintained, removed…).
 */
export const PHASES = ['preview', 'stable', 'retired'] as const;
export type Phase = (typeof PHASES)[number];

/** The phases whose items' content readers may hide (the reader control; classification.css has a rule for each). */
export const HIDEABLE_PHASES = ['preview', 'retired'] as const satisfies readonly Phase[];
export type HideablePhase = (typeof HIDEABLE_PHASES)[number];

export function isHideable(phase: Phase): phase is HideablePhase {
  return (HIDEABLE_PHASES as readonly Phase[]).includes(phase);
}

/** A maturity level, in lifecycle order: preview levels, then stable, then retired. */
export interface Level {
  /** Directive name authors write: `:::beta`, `:beta`. */
  id: string;
  /** Badge text, e.g. "Beta". */
  label: string;
  phase: Phase;
  /** Listed on the index, badged in the sidebar and on links. (default: preview and retired levels) */
  listed: boolean;
  /**
   * What its callouts and banners say: `true` the kind's disclaimer (or the
   * kind's own notice for this level), Markdown of its own, or `false` nothing.
   * (default: `true` for preview levels, none for stable, a retirement notice for retired)
   */
  notice: boolean | string;
  /** An Infima colour name (`info`, `danger`…) or a CSS colour. (default: the built-in levels' palettes, else one by phase) */
  color?: string;
}

/** What a phase implies, unless the level says otherwise. */
export const PHASE_DEFAULTS: Record<Phase, Pick<Level, 'listed' | 'notice'>> = {
  preview: {listed: true, notice: true},
  stable: {listed: false, notice: false},
  retired: {
    listed: true,
    notice: 'Items at this level are no longer recommended and may be removed in a future release; do not use them in new work.',
  },
};

/** The level-comparison table of one kind. */
export interface KindTable {
  /** Column headings, after the leading level column. */
  columns: string[];
  /** One row per level id (Markdown cells); levels without a row are left out. */
  rows: Record<string, string[]>;
  /** Notes printed under the table (Markdown). */
  footnotes: string[];
}

/** A kind of classified item: API, package, feature, model class… */
export interface Kind {
  id: string;
  /** Singular label, e.g. "API". */
  label: string;
  /** Plural label, e.g. "APIs"; used as the index heading. */
  plural: string;
  /** Markdown disclaimer shown on every preview item of this kind. */
  disclaimer: string;
  /** Level id → the notice this kind's items of that level show instead (a deprecated API's is not a preview's). */
  notices: Record<string, string>;
  /** Attributes an item of this kind must have, e.g. framework and workload. */
  requires: string[];
  table: KindTable;
}

export interface Taxonomy {
  levels: Level[];
  kinds: Kind[];
}

const previewDisclaimer = (things: string): string =>
  `Alpha and Beta classified ${things} are ${things} in a Developer Preview release that should not be used in production environments and are meant for early access and feedback purposes only.`;

const mvpFootnote = (thing: string, features: string): string =>
  `\\*A minimum viable product (MVP) for a ${thing} contains just enough ${features} to be usable by early customers who can then provide feedback for future development. MVP can be different per use case and depends on the specific ${thing} of interest. Please note that in many cases, an MVP can also represent an advanced level of ${features}.`;

const maturityRows = {
  alpha: ['Basic', 'Basic', ''],
  beta: ['Basic', 'Minimal Viable Product (MVP)\\*', ''],
  stable: [
    'Standard Product Testing',
    'Incremental additions/changes in new releases',
    'Tested',
  ],
};

export const DEFAULT_LEVELS: Level[] = [
  {id: 'alpha', label: 'Alpha', ...PHASE_DEFAULTS.preview, phase: 'preview'},
  {id: 'beta', label: 'Beta', ...PHASE_DEFAULTS.preview, phase: 'preview'},
  {id: 'stable', label: 'Stable', ...PHASE_DEFAULTS.stable, phase: 'stable'},
  {
    id: 'deprecated',
    label: 'Deprecated',
    phase: 'retired',
    listed: true,
    notice: 'Deprecated items are kept for compatibility only and will be removed in a future release; do not use them in new work.',
  },
];

export const DEFAULT_KINDS: Kind[] = [
  {
    id: 'api',
    label: 'API',
    plural: 'APIs',
    disclaimer: previewDisclaimer('APIs'),
    notices: {},
    requires: [],
    table: {
      columns: ['API Contract', 'API Backward Compatibility'],
      rows: {
        alpha: ['Major changes may happen', 'No'],
        beta: ['Minor changes may happen', 'No'],
        stable: [
          'Incremental changes in new releases (without breaking the API contract)\\*',
          'Yes\\*',
        ],
      },
      footnotes: [
        '\\*In case a new version of a Stable release will break backwards compatibility, customers will be notified of the breaking change at least one month before the change.',
      ],
    },
  },
  {
    id: 'package',
    label: 'Package / library',
    plural: 'Packages / Libraries',
    disclaimer: previewDisclaimer('packages/libraries'),
    notices: {},
    requires: [],
    table: {
      columns: ['Testing', 'Features', 'Performance'],
      rows: maturityRows,
      footnotes: [mvpFootnote('package/library', 'features')],
    },
  },
  {
    id: 'feature',
    label: 'Feature',
    plural: 'Features',
    disclaimer: previewDisclaimer('features'),
    notices: {},
    requires: [],
    table: {
      columns: ['Testing', 'Functionality', 'Performance'],
      rows: maturityRows,
      footnotes: [mvpFootnote('feature', 'functionality')],
    },
  },
  {
    id: 'model',
    label: 'Model class',
    plural: 'Model classes',
    disclaimer: previewDisclaimer('model classes'),
    notices: {},
    requires: ['framework', 'workload'],
    table: {
      columns: ['Accuracy / Convergence', 'Throughput / Latency'],
      rows: {
        beta: ['Validated', ''],
        stable: ['Validated', 'Tested'],
      },
      footnotes: [],
    },
  },
];


export function findLevel(taxonomy: Taxonomy, id: string): Level | undefined {
  return taxonomy.levels.find((level) => level.id === id);
}

export function findKind(taxonomy: Taxonomy, id: string): Kind | undefined {
  return taxonomy.kinds.find((kind) => kind.id === id);
}

/** Ids of the levels whose items the index lists and the sidebar and links badge. */
export function listedLevelIds(levels: readonly Level[]): Set<string> {
  return new Set(levels.filter((level) => level.listed).map((level) => level.id));
}

/** Ids of the levels of one phase. */
export function phaseLevelIds(levels: readonly Level[], phase: Phase): Set<string> {
  return new Set(levels.filter((level) => level.phase === phase).map((level) => level.id));
}

/** The notice an item of `kind` at `level` shows (Markdown), if any. */
export function noticeFor(kind: Kind, level: Level): string | undefined {
  const text = kind.notices[level.id] ?? (level.notice === true ? kind.disclaimer : level.notice || undefined);
  return text || undefined;
}

/** A kind as the theme names it. */
export interface KindLabel {
  id: string;
  label: string;
  plural: string;
  /** The keys of its scope, when it has one (a model class's framework and workload). */
  requires?: string[];
}

/** The levels as the theme names them: id and badge text (a list or matrix needs no notice). */
export function levelLabels(taxonomy: Taxonomy): {id: string; label: string}[] {
  return taxonomy.levels.map(({id, label}) => ({id, label}));
}

/** The kinds as the theme names them. */
export function kindLabels(taxonomy: Taxonomy): KindLabel[] {
  return taxonomy.kinds.map(({id, label, plural, requires}) => ({id, label, plural, ...(requires.length > 0 ? {requires} : {})}));
}

/** Every key some kind of the taxonomy requires, once each, in the kinds' order. */
export function scopeKeysOf(taxonomy: Taxonomy): string[] {
  return [...new Set(taxonomy.kinds.flatMap((kind) => kind.requires))];
}
