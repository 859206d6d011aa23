/**
 * The site index: every classified item of every scanned page, with the
 * link that reaches it. Built in allContentLoaded() from collect() results.
 */
import type {ClassificationItem, ItemForm} from '../collect';
import type {HistoryEntry} from './registry';
import {listedLevelIds, type Taxonomy} from '../taxonomy';

/** One item of the site, as the index page, the lists and the JSON show it. */
export interface IndexEntry {
  id: string;
  title: string;
  kind: string;
  level: string;
  /** The page's permalink. */
  permalink: string;
  /** The link to the item: `permalink#id`. */
  anchor: string;
  /** The source file, relative to the site directory. */
  source: string;
  /** The page's title. */
  page: string;
  since?: string;
  /** A retired item: the version or date it goes away in, and what to use instead (as written). */
  removal?: string;
  replacement?: string;
  /** From the registry: the item's levels so far, oldest first. */
  history?: HistoryEntry[];
  framework?: string;
  workload?: string;
  /** Docs version name, when the docs have several versions. */
  version?: string;
  /** The doc id of its page (docs only): the same page in every docs version. */
  docId?: string;
  /** How the item is written: a callout, a heading, the page's front matter, or only the registry. */
  form: ItemForm;
  /** The registry id the item refers to. */
  ref?: string;
  /** From the registry. */
  description?: string;
  /** From the registry: when the item's level is due for review. */
  review?: string;
  /** Why the item is overdue (maxPreviewAge or review date), if it is. */
  stale?: string;
  /** What is overdue: the review date, the time in preview, or a retired item's removal. */
  staleBy?: 'review' | 'age' | 'removal';
  /** With `newFor`: the release or date its current level began in, when that is recent. */
  newIn?: string;
}

export interface ClassificationIndex {
  entries: IndexEntry[];
}

/** A scanned page and the items collect() found on it. */
export interface ScannedPage {
  permalink: string;
  source: string;
  title: string;
  version?: string;
  docId?: string;
  items: ClassificationItem[];
}

export function buildIndex(pages: ScannedPage[]): ClassificationIndex {
  const entries = pages.flatMap((page) =>
    page.items.map(
      (item): IndexEntry => ({
        id: item.id,
        title: item.title,
        kind: item.kind,
        level: item.level,
        permalink: page.permalink,
        anchor: `${page.permalink}#${item.id}`,
        source: page.source,
        page: page.title,
        form: item.form,
        ...(item.ref ? {ref: item.ref} : {}),
        ...(item.since ? {since: item.since} : {}),
        ...(item.removal ? {removal: item.removal} : {}),
        ...(item.replacement ? {replacement: item.replacement} : {}),
        ...(item.framework ? {framework: item.framework} : {}),
        ...(item.workload ? {workload: item.workload} : {}),
        ...(page.version ? {version: page.version} : {}),
        ...(page.docId ? {docId: page.docId} : {}),
      }),
    ),
  );
  return {entries};
}

/** Entries a reader should see: listed levels only, unless every level is asked for. */
export function listedEntries(
  index: ClassificationIndex,
  taxonomy: Taxonomy,
  includeStable: boolean,
): IndexEntry[] {
  const listed = listedLevelIds(taxonomy.levels);
  return index.entries.filter((entry) => includeStable || listed.has(entry.level));
}

/**
 * Entries of `::classification-list`: those the index lists, or every item
 * of the level the list asks for (so `level=stable` works too).
 */
export function entriesForList(
  index: ClassificationIndex,
  taxonomy: Taxonomy,
  includeStable: boolean,
  filter: {kind?: string; level?: string},
): IndexEntry[] {
  const candidates = filter.level === undefined ? listedEntries(index, taxonomy, includeStable) : index.entries;
  return candidates.filter(
    (entry) =>
      (filter.kind === undefined || entry.kind === filter.kind) &&
      (filter.level === undefined || entry.level === filter.level),
  );
}
