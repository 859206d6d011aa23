/** Data shapes shared by the Node side and the theme components. */
import type {IndexEntry} from './indexing';
import type {Level} from './taxonomy';

export interface KindLabel {
  id: string;
  label: string;
  plural: string;
}

export interface IndexPageData {
  title: string;
  entries: IndexEntry[];
  levels: Level[];
  kinds: KindLabel[];
  includeStable: boolean;
  /** Docs versions, when there are several; the index shows the last one first. */
  versions: {name: string; label: string; isLast: boolean}[];
  /** Every entry with a framework or workload, Stable included, for the matrix. */
  matrix: IndexEntry[];
  policyPage?: string;
}

/**
 * Global data (every page loads it, so it stays small): the preview level of
 * each classified page and, for link badges, of each item anchor.
 */
export interface ClassificationGlobalData {
  levels: Level[];
  /** Permalink of a page classified in its front matter → level id. */
  pages: Record<string, string>;
  /** `permalink#id` of an item → level id; empty when link badges are off. */
  anchors: Record<string, string>;
}
