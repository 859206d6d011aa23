/**
 * Every name the plugin reads or writes, in one place: directive names,
 * attributes, front matter keys, theme components, the patterns of dates
 * and versions, and the names an option may not take. The collector, the
 * scan, the registry, the remark plugin and the options all read them here.
 */

/**
 * The parts of a level and a taxonomy names depend on. The theme imports
 * this module too: top-level values are marked `@__PURE__`, so a browser
 * bundle drops the ones it does not read.
 */
interface LevelLike {
  id: string;
}
interface TaxonomyLike {
  levels: readonly LevelLike[];
}

/** The package's name: its shared state, its generated files, its messages. */
export const PLUGIN_NAME = 'docusaurus-plugin-classification';

/** Directives the plugin owns besides the levels. */
export const DIRECTIVE = {
  /** `:::classification{ref=…}`: an item whose level comes from the registry. */
  ref: 'classification',
  table: 'classification-table',
  list: 'classification-list',
  matrix: 'classification-matrix',
} as const;

export const OWN_DIRECTIVES: readonly string[] = /* @__PURE__ */ Object.values(DIRECTIVE);

/** The attributes each form accepts. */
export const ATTRIBUTES = {
  container: ['id', 'class', 'kind', 'title', 'since', 'removal', 'replacement', 'framework', 'workload', 'ref'],
  heading: ['id', 'class', 'kind', 'since', 'removal', 'replacement', 'framework', 'workload', 'ref'],
  badge: ['class', 'kind', 'since', 'ref', 'framework', 'workload'],
  // A statement has no room for a removal line: a retired statement is a callout.
  statement: ['id', 'class', 'kind', 'since', 'framework', 'workload', 'ref'],
  table: ['kind', 'disclaimer'],
  list: ['kind', 'level'],
  matrix: ['kind'],
} as const;

/** Every front matter key of ours starts with this. */
const FRONT_MATTER_PREFIX = 'classification';

/** The front matter key of an item attribute: `since` → `classification_since`. */
export function frontMatterKey(attribute: string): string {
  return `${FRONT_MATTER_PREFIX}_${attribute}`;
}

/** Front matter keys of a page item. */
export const FRONT_MATTER = {
  level: FRONT_MATTER_PREFIX,
  kind: /* @__PURE__ */ frontMatterKey('kind'),
  id: /* @__PURE__ */ frontMatterKey('id'),
  since: /* @__PURE__ */ frontMatterKey('since'),
  removal: /* @__PURE__ */ frontMatterKey('removal'),
  replacement: /* @__PURE__ */ frontMatterKey('replacement'),
  ref: /* @__PURE__ */ frontMatterKey('ref'),
} as const;

/** Whether front matter has a key of ours. */
export function hasOwnKey(frontMatter: Record<string, unknown>): boolean {
  return Object.keys(frontMatter).some((key) => key.startsWith(FRONT_MATTER_PREFIX));
}

/**
 * The theme components classified pages render (compiled MDX imports some,
 * and they import the others): the key, and the name in `@theme/…`. The
 * index page and the sidebar's wrappers are not among them.
 */
export const COMPONENTS = {
  Badge: 'ClassificationBadge',
  Banner: 'ClassificationBanner',
  Callout: 'ClassificationCallout',
  Disclaimer: 'ClassificationDisclaimer',
  Entries: 'ClassificationEntries',
  List: 'ClassificationList',
  Matrix: 'ClassificationMatrix',
  Meta: 'ClassificationMeta',
  Retirement: 'ClassificationRetirement',
  Since: 'ClassificationSince',
  Statement: 'ClassificationStatement',
  Table: 'ClassificationTable',
  ReaderControl: 'ClassificationReaderControl',
} as const;

export type ComponentName = keyof typeof COMPONENTS;

/** The generated index page's component. */
export const INDEX_PAGE = 'ClassificationIndexPage';
/** The release view: what changed level, at `<indexRoute>/changes`, and its Atom feed beside it. */
export const CHANGES_PAGE = 'ClassificationChangesPage';
export const CHANGES_ROUTE = 'changes';
export const CHANGES_FEED = 'changes.xml';

/**
 * The reader control: the phases a reader hides are kept in the site's
 * storage under this key (Docusaurus's namespace appended), and set on
 * `<html>` as this attribute; the content of each hideable item carries
 * `data-classification-hides` with its phase.
 */
export const READER_STORAGE_KEY = 'docusaurus.classification.hide';
export const HIDE_ATTRIBUTE = 'data-classification-hide';
export const HIDES_ATTRIBUTE = 'data-classification-hides';

/** The local name of a component in compiled MDX. */
export function localName(name: ComponentName): string {
  return `_${COMPONENTS[name]}`;
}

/** How ClassificationDisclaimer imports the disclaimers the plugin writes for the site's locale. */
export const DISCLAIMERS_MODULE = `@${PLUGIN_NAME}/disclaimers`;

/** How compiled pages import the components: a module the plugin writes, each component loaded on its first render (webpack.ts). */
export const COMPONENTS_MODULE = `@${PLUGIN_NAME}/components`;

/** Docusaurus's id of a plugin instance given none. */
export const DEFAULT_PLUGIN_ID = 'default';

/** The content plugins whose pages the index covers. */
export const CONTENT_PLUGINS = {
  docs: 'docusaurus-plugin-content-docs',
  blog: 'docusaurus-plugin-content-blog',
  pages: 'docusaurus-plugin-content-pages',
} as const;

/** How a problem is reported: `onInvalidContent` and `onStale`. */
export const SEVERITIES = ['ignore', 'log', 'warn', 'throw'] as const;

/** The marker of an item whose level is recent (`newFor`), in English; translated as an option text. */
export const NEW_LABEL = 'New';

/** A duration such as `180d`, `26w`, `6m`, `1y`. */
export const AGE_PATTERN = /^(\d+)([dwmy])$/;

/** An ISO date, `2024-05-01`. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** What `since` may be: a version (`2.18`, `v2.18.0-rc1`) or an ISO date. */
const SINCE_PATTERN = /^(v?\d+(\.\d+)*([-+][0-9A-Za-z.-]+)?|\d{4}-\d{2}-\d{2})$/;

/** An ISO date that exists: `2024-02-29`, not `2024-02-31` or `2024-13-45`. */
export function isDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) {
    return false;
  }
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether `since` is a version or a real date (a date-shaped text must be one). */
export function isSince(text: string): boolean {
  return SINCE_PATTERN.test(text) && (!DATE_PATTERN.test(text) || isDate(text));
}

/** A numbered version (`2.18`, `v2`), which `compareSince` orders: not a date, nor a version with words in it. */
const VERSION_PATTERN = /^v?\d+(\.\d+)*$/;

export function isVersion(text: string): boolean {
  return VERSION_PATTERN.test(text);
}

/**
 * Orders two `since`/`removal` values: two versions by their numbers (`v2.9`
 * before `2.10`), two dates by date; undefined when they cannot be compared
 * (a version and a date, or a version with words in it).
 */
export function compareSince(a: string, b: string): number | undefined {
  if (DATE_PATTERN.test(a) && DATE_PATTERN.test(b)) {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const numbers = (text: string) => (isVersion(text) ? text.replace(/^v/, '').split('.').map(Number) : undefined);
  const [left, right] = [numbers(a), numbers(b)];
  if (!left || !right) {
    return undefined;
  }
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) {
      return Math.sign(difference);
    }
  }
  return 0;
}

/** Ids Docusaurus gives elements of its own pages: an item may not take one. */
export const DOCUSAURUS_IDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  '__docusaurus',
  '__docusaurus_skipToContent_fallback',
  '__docusaurus-base-url-issue-banner',
  '__docusaurus-base-url-issue-banner-container',
  '__docusaurus-base-url-issue-banner-suggestion-container',
  '__blog-post-container',
]);

/** An explicit item id: an anchor without spaces or `#`. */
export const ID_PATTERN = /^[^\s#]+$/;

/** Attributes of a model class cell, as one label: `PyTorch NeuronX · training`. */
export function scopeLabel(scope: {framework?: string; workload?: string}): string {
  return [scope.framework, scope.workload].filter(Boolean).join(' · ');
}

/** An item's earlier levels (its registry history but the last), newest first: `Alpha 2.15, Development 2.10`. */
export function earlierLevelsLabel(
  history: readonly {level: string; since?: string}[] | undefined,
  labelOf: (level: string) => string,
): string | undefined {
  const earlier = (history ?? []).slice(0, -1).reverse();
  return earlier.length > 0 ? earlier.map((step) => [labelOf(step.level), step.since].filter(Boolean).join(' ')).join(', ') : undefined;
}

/** `/a/b/` and `/a/b` are the same page. */
export function trimSlash(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
}

/** Per taxonomy object: collect() runs once per compiled page. */
const directiveNames = /* @__PURE__ */ new WeakMap<TaxonomyLike, ReadonlySet<string>>();

/** Every directive name collect() reads: the levels and the plugin's own. */
export function ownDirectiveNames(taxonomy: TaxonomyLike): ReadonlySet<string> {
  let names = directiveNames.get(taxonomy);
  if (!names) {
    names = new Set([...taxonomy.levels.map((level) => level.id), ...OWN_DIRECTIVES]);
    directiveNames.set(taxonomy, names);
  }
  return names;
}

/** Names a level or kind id may not take, with what already owns each. */
export const RESERVED_NAMES: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ OWN_DIRECTIVES.map((name) => [name, `the plugin's own directive ${name}`]),
);
