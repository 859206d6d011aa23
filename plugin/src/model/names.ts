/**
 * The names the plugin reads or writes that are not an item's fields (those
 * are model/schema.ts) nor a form's own directive (each form module names
 * its own): the package's name, the namespace of its own directives and
 * front matter keys, generated modules, storage keys, Docusaurus's ids.
 *
 * The theme and the client import this module too: top-level values are
 * marked `@__PURE__` where they are computed, so a browser bundle drops the
 * ones it does not read.
 */

export {PLUGIN_NAME, trimSlash} from './plugin';
import {PLUGIN_NAME} from './plugin';

/**
 * Every directive of the plugin's own is `classification` or
 * `classification-<name>` (forms/index.ts refuses any other), and so is every
 * front matter key: a level or kind may not take a name in this namespace,
 * so that a new form never breaks a site, and a page that does not contain
 * `:classification` holds none of them.
 */
export const OWN_PREFIX = 'classification';

/** `:::classification{ref=…}`: an item whose level and kind come from the registry. */
export const REF_DIRECTIVE = OWN_PREFIX;

/** Whether a directive or option name is in the plugin's own namespace. */
export function isOwnName(name: string): boolean {
  return name === OWN_PREFIX || name.startsWith(`${OWN_PREFIX}-`);
}

/** The front matter key of an item field: `level` is `classification`, the others `classification_<field>`. */
export function frontMatterKey(field: string): string {
  return field === 'level' ? OWN_PREFIX : `${OWN_PREFIX}_${field}`;
}

/** Whether front matter has a key of ours. */
export function hasOwnKey(frontMatter: Record<string, unknown>): boolean {
  return Object.keys(frontMatter).some((key) => key.startsWith(OWN_PREFIX));
}

/** The release view's route under the index route, and its Atom feed beside it. */
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
/** Hideable content that shows whatever the reader hides, because the URL's hash names an element in it (client/reveal.ts). */
export const REVEALED_ATTRIBUTE = 'data-classification-revealed';

/** Where the reader control keeps what a reader hides: the site's storage and the key in it. */
export interface ReaderStorage {
  type: 'localStorage' | 'sessionStorage';
  key: string;
}

/** How ClassificationDisclaimer imports the disclaimers the plugin writes for the site's locale. */
export const DISCLAIMERS_MODULE = `@${PLUGIN_NAME}/disclaimers`;

/** How compiled pages import the components: a module the plugin writes, each component loaded on its first render. */
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
export type Severity = (typeof SEVERITIES)[number];

/** The marker of an item whose level is recent (`newFor`), in English; translated as an option text. */
export const NEW_LABEL = 'New';

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
export const ID_PATTERN = /^[^\s#\u0000-\u001f\u007f-\u009f\ufffe\uffff]+$/;

/** An item's earlier levels (its registry history but the last), newest first: `Alpha 2.15, Development 2.10`. */
export function earlierLevelsLabel(
  history: readonly {level: string; since?: string}[] | undefined,
  labelOf: (level: string) => string,
): string | undefined {
  const earlier = (history ?? []).slice(0, -1).reverse();
  return earlier.length > 0 ? earlier.map((step) => [labelOf(step.level), step.since].filter(Boolean).join(' ')).join(', ') : undefined;
}

/** An item's scope as one label, in its kind's order: `PyTorch NeuronX · training`, `eu`. */
export function scopeLabel(scope: Readonly<Record<string, string>> | undefined): string {
  return Object.values(scope ?? {}).filter(Boolean).join(' · ');
}
