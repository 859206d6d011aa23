/** The data the outputs give the theme's pages and the sidebar: shapes shared by the Node side and the theme components. */
import type {IndexEntry} from '../model/item';
import type {KindLabel, Level} from '../model/taxonomy';
import type {Release} from '../site/releases';

export type {KindLabel};

export interface IndexPageData {
  title: string;
  entries: IndexEntry[];
  levels: Level[];
  kinds: KindLabel[];
  includeStable: boolean;
  /** The level of an item nobody marked: the index says items not listed are of this level. */
  defaultLevel: string;
  /** Docs versions, when there are several; the index shows the last one first. */
  versions: {name: string; label: string; isLast: boolean}[];
  /** Every entry with a framework or workload, Stable included, for the matrix. */
  matrix: IndexEntry[];
  policyPage?: string;
  /** The release view's path, linked from the index. */
  changes?: string;
  /** The "New" marker's text, when some entry has `newIn` (the plugin's `newFor`). */
  newLabel?: string;
}

/** What the release view shows: the releases, newest first, and the names it needs. */
export interface ChangesPageData {
  releases: Release[];
  levels: {id: string; label: string}[];
  kinds: KindLabel[];
  /** The path of the Atom feed. */
  feed: string;
  /** The index the view belongs to, and its path. */
  indexTitle: string;
  index: string;
}

/**
 * Global data (every page loads it, so it stays small): what the sidebar
 * badges need. Link badges are compiled into each page by the remark plugin.
 */
export interface ClassificationGlobalData {
  /** Every level, in lifecycle order: id, badge text, and whether it is badged. */
  levels: Pick<Level, 'id' | 'label' | 'listed'>[];
  /** Permalink of a page classified in its front matter → level id. */
  pages: Record<string, string>;
  /** With `newFor`: the permalinks of those pages whose level is recent, and the marker's text. */
  newPages?: string[];
  newLabel?: string;
}

/** A node of a disclaimer, rendered at build time from its Markdown (raw HTML kept as text). */
export type DisclaimerNode =
  | {type: 'text'; value: string}
  | {type: 'element'; tagName: string; properties: Record<string, string | number | boolean | (string | number)[]>; children: DisclaimerNode[]};

/**
 * What `ClassificationDisclaimer` shows, in the site's locale. Pages that use
 * a callout, banner or table load it (every kind's), in their own chunk.
 * Each text is written once: a kind's disclaimer serves all its preview levels.
 */
export interface DisclaimerData {
  /** The notices' texts. */
  texts: DisclaimerNode[][];
  /** Kind id → level id → the text its callouts and banners show; absent: none. */
  notices: Record<string, Record<string, number>>;
  /** Kind id → the disclaimer a level table shows above it (when the taxonomy has preview levels). */
  tables: Record<string, number>;
}
