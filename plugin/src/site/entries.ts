/**
 * The site's index: every classified item of every page read, with the link
 * that reaches it; and the slices of it a list or the index page shows.
 */
import {plainText} from '../model/text';
import {itemFieldsOf} from '../model/schema';
import {listedLevelIds, type Taxonomy} from '../model/taxonomy';
import type {ClassificationItem, IndexEntry} from '../model/item';

/** A page read, and the items on it. */
export interface ReadPage {
  permalink: string;
  source: string;
  title: string;
  version?: string;
  docId?: string;
  items: readonly ClassificationItem[];
}

/** One entry per item: what the page declares of it (the schema's item fields), and where it is. */
export function entriesOf(pages: readonly ReadPage[]): IndexEntry[] {
  return pages.flatMap((page) =>
    page.items.map(
      (item): IndexEntry => ({
        ...(itemFieldsOf(item) as Pick<IndexEntry, 'id' | 'title' | 'kind' | 'level' | 'form'>),
        permalink: page.permalink,
        anchor: `${page.permalink}#${item.id}`,
        source: page.source,
        page: plainText(page.title),
        ...(page.version ? {version: page.version} : {}),
        ...(page.docId ? {docId: page.docId} : {}),
      }),
    ),
  );
}

/** Entries a reader should see: listed levels only, unless every level is asked for. */
export function listedEntries(entries: readonly IndexEntry[], taxonomy: Taxonomy, includeStable: boolean): IndexEntry[] {
  const listed = listedLevelIds(taxonomy.levels);
  return entries.filter((entry) => includeStable || listed.has(entry.level));
}

/**
 * Entries of `::classification-list`: those the index lists, or every item
 * of the level the list asks for (so `level=stable` works too).
 */
export function entriesForList(
  entries: readonly IndexEntry[],
  taxonomy: Taxonomy,
  includeStable: boolean,
  filter: {kind?: string; level?: string},
): IndexEntry[] {
  const candidates = filter.level === undefined ? listedEntries(entries, taxonomy, includeStable) : entries;
  return candidates.filter(
    (entry) => (filter.kind === undefined || entry.kind === filter.kind) && (filter.level === undefined || entry.level === filter.level),
  );
}

/** Entries with a scope (model classes by framework × workload), Stable ones included: what a matrix shows. */
export function scopedEntries(entries: readonly IndexEntry[], kind?: string): IndexEntry[] {
  return entries.filter((entry) => (kind === undefined || entry.kind === kind) && entry.scope !== undefined);
}
