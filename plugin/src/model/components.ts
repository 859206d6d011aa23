/**
 * The theme's components, each once: its name in `@theme/…`, what it is (the
 * swizzle list says it), and the chunk it loads from when a compiled page
 * renders it (`undefined`: pages never import it; another component or a
 * route does). The forms say which they render (forms/index.ts): the
 * components module exports those; the swizzle config is made from this
 * list, and a test holds it against the forms, the theme folder and
 * theme-classification.d.ts.
 */

/**
 * The chunk pages with items share, the one for the few pages that embed a
 * list or a table, and the reader control's, which no first render needs.
 */
export type ComponentChunk = 'classification' | 'classification-lists' | 'classification-reader';

export interface ComponentSpec {
  /** Its name in `@theme/…`. */
  name: string;
  /** What it is, for `docusaurus swizzle`. */
  description: string;
  /** The chunk a compiled page loads it from; undefined for parts and pages. */
  chunk?: ComponentChunk;
  /**
   * Rendered in the browser only, after hydration: its chunk loads then, not
   * before the page shows (the server renders nothing for it).
   */
  afterHydration?: true;
}

export const COMPONENTS = {
  Badge: {name: 'ClassificationBadge', description: 'The level badge (text, never colour alone)', chunk: 'classification'},
  Callout: {name: 'ClassificationCallout', description: 'A classified item written as :::level … :::', chunk: 'classification'},
  Banner: {name: 'ClassificationBanner', description: 'The banner of a page classified in its front matter', chunk: 'classification'},
  Statement: {
    name: 'ClassificationStatement',
    description: 'A statement item written inline as :level[Statement]{kind=…}: its text, its badge and its anchor',
    chunk: 'classification',
  },
  Retirement: {
    name: 'ClassificationRetirement',
    description: "A retired item's removal and replacement: 'Deprecated since 2.19. Will be removed in 3.0. Use new_api instead.'",
    chunk: 'classification',
  },
  ReaderControl: {
    name: 'ClassificationReaderControl',
    description: "The readers' control that hides preview or retired content (in the TOC column, else above the content)",
    // It needs the browser's storage: the server and hydration render nothing of it anyway.
    chunk: 'classification-reader',
    afterHydration: true,
  },
  Table: {name: 'ClassificationTable', description: "A kind's level-comparison table with its footnotes", chunk: 'classification-lists'},
  List: {name: 'ClassificationList', description: 'The index, or a slice of it, embedded with ::classification-list', chunk: 'classification-lists'},
  Matrix: {name: 'ClassificationMatrix', description: 'Items by their scope (model classes by framework × workload)', chunk: 'classification-lists'},
  Releases: {
    name: 'ClassificationReleases',
    description: 'What changed level, release by release, grouped by kind (the release view, and ::classification-changes)',
    chunk: 'classification-lists',
  },
  Since: {name: 'ClassificationSince', description: 'The "since 2.18" text after an item\'s level'},
  Meta: {name: 'ClassificationMeta', description: "An item's kind, scope (framework × workload…) and since, after its badge"},
  Disclaimer: {name: 'ClassificationDisclaimer', description: "The kind's Developer Preview disclaimer"},
  Entries: {name: 'ClassificationEntries', description: 'A list of index entries linking to their items'},
  IndexPage: {name: 'ClassificationIndexPage', description: 'The generated index page'},
  ChangesPage: {name: 'ClassificationChangesPage', description: 'What changed level, release by release (the release view)'},
} as const satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof COMPONENTS;

/** The local name of a component in compiled MDX. */
export function localName(name: ComponentName): string {
  return `_${COMPONENTS[name].name}`;
}
