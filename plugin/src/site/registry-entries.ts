/**
 * The registry in the index: what it knows of the items pages mention, each
 * of its items (or cells) listed once per docs version, and entries for the
 * items no page mentions.
 */
import path from 'node:path';
import {createSlugger} from '../upstream/docusaurus';
import {itemId, registryItemAt, registryKey, type IndexEntry, type Registry, type RegistryItem, type Scope} from '../model/item';
import {notADocId} from '../model/messages';
import {pageTarget} from './registry-pages';
import {formatProblem} from '../model/problems';
import {itemFieldsOf} from '../model/schema';
import {documentedAs, type DocsVersion} from '../model/versions';
import type {SourcePage} from './pages';

/** What only the registry knows of an item: its description, review date and history. */
function registryExtras(item: RegistryItem): Partial<IndexEntry> {
  const {description, review, history} = item;
  return itemFieldsOf({description, review, history});
}

/**
 * Registry details on the entries that mention an item (each item or cell
 * kept once per docs version: the mention on its own page, else the first),
 * and entries for the items no page mentions. Returns the entries and the
 * problems (a `page` that is no doc id).
 */
export function withRegistry(
  entries: readonly IndexEntry[],
  registry: Registry,
  pages: readonly SourcePage[],
  {siteDir, anchorsMaintainCase, versions}: {siteDir: string; anchorsMaintainCase: boolean; versions: readonly DocsVersion[]},
): {entries: IndexEntry[]; problems: string[]} {
  // A registry page is a doc id; with versions, the version readers see by default.
  const byDocId = new Map(pages.filter((page) => page.docId !== undefined && page.lastVersion !== false).map((page) => [page.docId!, page]));
  const docIdOf = (item: RegistryItem) => (item.page === undefined ? undefined : pageTarget(item.page).docId);
  const onItsPage = (entry: IndexEntry, item: RegistryItem) =>
    item.page !== undefined && pages.some((page) => page.docId === docIdOf(item) && page.permalink === entry.permalink);
  const chosen = new Map<string, IndexEntry>();
  // Each mention as the item stood in its docs version.
  const completed = entries.map((entry) => (entry.ref ? {...entry, ...registryExtras(registryItemAt(registry.items.get(entry.ref)!, documentedAs(entry.version, versions)))} : entry));
  for (const entry of completed.filter((candidate) => candidate.ref)) {
    const key = `${registryKey(entry)}\u0000${entry.version ?? ''}`;
    const earlier = chosen.get(key);
    if (!earlier || (!onItsPage(earlier, registry.items.get(entry.ref!)!) && onItsPage(entry, registry.items.get(entry.ref!)!))) {
      chosen.set(key, entry);
    }
  }
  const kept = new Set(chosen.values());
  const result = completed.filter((entry) => !entry.ref || kept.has(entry));
  const mentioned = new Set([...kept].map(registryKey));
  const source = (item: RegistryItem) => path.relative(siteDir, item.file).split(path.sep).join('/');
  const slug = (text: string) => createSlugger().slug(text, {maintainCase: anchorsMaintainCase});
  const problems: string[] = [];
  for (const item of registry.items.values()) {
    const page = item.page === undefined ? undefined : byDocId.get(docIdOf(item)!);
    if (item.page !== undefined && !page) {
      const fromPages = registry.sources.find((source) => source.path === item.file)?.pages;
      problems.push(formatProblem({...notADocId(item.page, item.id, [...byDocId.keys()], fromPages), place: item.place}, item.file));
    }
    for (const cell of item.levels ?? [{scope: undefined, level: item.level!}]) {
      if (!mentioned.has(registryKey({ref: item.id, scope: cell.scope}))) {
        result.push(registryEntry(item, cell, page, source(item), slug));
      }
    }
  }
  return {entries: result, problems};
}

/** An item (or cell) no page mentions: linked to its page, if the registry names one. */
function registryEntry(
  item: RegistryItem,
  cell: {scope?: Scope; level: string},
  page: SourcePage | undefined,
  source: string,
  slug: (text: string) => string,
): IndexEntry {
  const {page: written, file: _file, place: _place, levels: _levels, ...fields} = item;
  const heading = written === undefined ? undefined : pageTarget(written).heading;
  return {
    ...(itemFieldsOf({...fields, level: cell.level, scope: cell.scope}) as Pick<IndexEntry, 'title' | 'kind' | 'level'>),
    id: itemId({ref: item.id, title: item.title, scope: cell.scope}, slug),
    permalink: page?.permalink ?? '',
    anchor: page ? `${page.permalink}${heading === undefined ? '' : `#${slug(heading)}`}` : '',
    source,
    page: page?.title ?? '',
    form: 'registry',
    ref: item.id,
  };
}
