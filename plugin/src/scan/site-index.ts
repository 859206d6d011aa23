/**
 * The whole site's index: every scanned page's items, completed by the
 * registry (items no page mentions are listed too, each registry item once),
 * and checked for staleness.
 */
import path from 'node:path';
import {createSlugger} from '../docusaurus';
import {buildIndex, type ClassificationIndex, type IndexEntry} from './indexing';
import * as say from '../collect/messages';
import {formatProblem} from '../problems';
import {isRemoved, resolves, type ReleaseContext} from './retirement';
import {staleness} from './stale';
import {frontMatterKey} from '../vocabulary';
import type {ClassificationItem} from '../collect';
import type {SourcePage, VersionInfo} from './content';
import type {Registry, RegistryItem} from './registry';
import type {Scanner} from './scanner';
import {phaseLevelIds, type Taxonomy} from '../taxonomy';

export interface SiteIndex {
  index: ClassificationIndex;
  /** Content and registry problems, formatted. */
  problems: string[];
  /** The pages with a content problem of their own. */
  pagesWithProblems: Set<string>;
  /** The partials the pages render. */
  partials: Set<string>;
  /** Overdue preview items, formatted. */
  stale: string[];
}

export async function indexSite({
  pages,
  scanner,
  siteDir,
  taxonomy,
  registry,
  maxPreviewAge,
  now,
  versions = [],
}: {
  pages: SourcePage[];
  scanner: Scanner;
  siteDir: string;
  taxonomy: Taxonomy;
  registry?: Registry;
  maxPreviewAge?: string;
  now: string;
  /** The docs versions: a retired item's removal is judged by the version that documents it. */
  versions?: VersionInfo[];
}): Promise<SiteIndex> {
  const scanned = await scanner.scanAll(pages);
  // A partial's problems come with every page that renders it: once each.
  const problems = [...new Set(scanned.flatMap((result) => result.problems))];
  const index = buildIndex(pages.map((page, i) => ({...page, items: scanned[i]!.items})));
  if (registry) {
    problems.push(...completeFromRegistry(index, registry, pages, siteDir));
  }
  problems.push(...unresolvedReplacements(pages, scanned.map((result) => result.items), index, registry));
  // maxPreviewAge and review dates concern previews; removal, retired items.
  const preview = phaseLevelIds(taxonomy.levels, 'preview');
  const retired = phaseLevelIds(taxonomy.levels, 'retired');
  const release: ReleaseContext = {versions, today: now};
  const versionLabel = (name: string) => versions.find((version) => version.name === name)?.label ?? name;
  const stale: string[] = [];
  for (const entry of index.entries) {
    const overdue = preview.has(entry.level)
      ? staleness(entry, maxPreviewAge, now)
      : // An item only the registry lists is documented nowhere.
        retired.has(entry.level) && entry.removal && entry.form !== 'registry' && isRemoved(entry.removal, entry.version, release)
        ? {by: 'removal' as const, reason: `it is still documented${entry.version ? ` in version ${versionLabel(entry.version)}` : ''}, past its removal in ${entry.removal}`}
        : undefined;
    if (overdue) {
      entry.stale = overdue.reason;
      entry.staleBy = overdue.by;
      const {message, expected} = say.overdue(entry, overdue.reason, overdue.by);
      stale.push(`${entry.source}: ${message}; expected ${expected}`);
    }
  }
  const pagesWithProblems = new Set(pages.filter((_, i) => scanned[i]!.problems.length > 0).map((page) => page.filePath));
  return {index, problems, stale, pagesWithProblems, partials: new Set(scanned.flatMap((result) => result.partials ?? []))};
}

/** A replacement must name a registry item, an item of the site, or be a link. */
function unresolvedReplacements(
  pages: SourcePage[],
  items: ClassificationItem[][],
  index: ClassificationIndex,
  registry: Registry | undefined,
): string[] {
  const problems: string[] = [];
  pages.forEach((page, i) => {
    for (const item of items[i] ?? []) {
      // A registry item's own replacement is reported once, at the registry.
      const own = item.ref !== undefined && registry?.items.get(item.ref)?.replacement === item.replacement;
      const resolved = item.replacement === undefined || own || resolves(item.replacement, index.entries, registry);
      if (resolved !== true) {
        const subject = item.form === 'page' ? say.yamlSubject('front matter', frontMatterKey) : say.directiveSubject(`"${item.title}"`);
        problems.push(formatProblem({...say.replacementNowhere(item.replacement!, subject, resolved === 'ambiguous'), place: {line: item.line, column: item.column}}, page.filePath));
      }
    }
  });
  for (const item of registry?.items.values() ?? []) {
    const resolved = item.replacement === undefined || resolves(item.replacement, index.entries, registry);
    if (resolved !== true) {
      problems.push(formatProblem({...say.replacementNowhere(item.replacement!, say.yamlSubject(`"${item.id}"`), resolved === 'ambiguous'), place: item.place}, registry!.file));
    }
  }
  return problems;
}

/** Registry details on the entries that mention an item, and entries for the items no page mentions. */
function completeFromRegistry(
  index: ClassificationIndex,
  registry: Registry,
  pages: SourcePage[],
  siteDir: string,
): string[] {
  const problems: string[] = [];
  // A registry page is a doc id; with versions, the version readers see by default.
  const byDocId = new Map(
    pages
      .filter((page) => page.docId !== undefined && page.lastVersion !== false)
      .map((page) => [page.docId!, page]),
  );
  const source = path.relative(siteDir, registry.file).split(path.sep).join('/');
  // Each registry item (or model cell) once per docs version: the mention on its own page, else the first.
  const cellKey = (ref: string, framework?: string, workload?: string) =>
    `${ref}\u0000${framework ?? ''}\u0000${workload ?? ''}`;
  const onItsPage = (entry: IndexEntry, item: RegistryItem) =>
    item.page !== undefined && pages.some((page) => page.docId === item.page && page.permalink === entry.permalink);
  const chosen = new Map<string, IndexEntry>();
  for (const entry of index.entries) {
    if (!entry.ref) {
      continue;
    }
    const item = registry.items.get(entry.ref)!;
    Object.assign(entry, registryExtras(item));
    const key = `${cellKey(entry.ref, entry.framework, entry.workload)}\u0000${entry.version ?? ''}`;
    const earlier = chosen.get(key);
    if (!earlier || (!onItsPage(earlier, item) && onItsPage(entry, item))) {
      chosen.set(key, entry);
    }
  }
  const kept = new Set(chosen.values());
  index.entries = index.entries.filter((entry) => !entry.ref || kept.has(entry));
  const mentioned = new Set([...kept].map((entry) => cellKey(entry.ref!, entry.framework, entry.workload)));
  for (const item of registry.items.values()) {
    const page = item.page === undefined ? undefined : byDocId.get(item.page);
    if (item.page !== undefined && !page) {
      problems.push(formatProblem({...say.notADocId(item.page, item.id, [...byDocId.keys()]), place: item.place}, registry.file));
    }
    for (const cell of cells(item)) {
      if (mentioned.has(cellKey(item.id, cell.framework, cell.workload))) {
        continue;
      }
      index.entries.push(registryEntry(item, cell, page, source));
    }
  }
  return problems;
}

function cells(item: RegistryItem): {framework?: string; workload?: string; level: string}[] {
  return item.levels ?? [{level: item.level!}];
}

function registryEntry(
  item: RegistryItem,
  cell: {framework?: string; workload?: string; level: string},
  page: SourcePage | undefined,
  source: string,
): IndexEntry {
  const scope = [cell.framework, cell.workload].filter(Boolean).join(' ');
  const id = scope ? `${item.id}-${createSlugger().slug(scope)}` : item.id;
  return {
    id,
    title: item.title,
    kind: item.kind,
    level: cell.level,
    // No page mentions it: link to its page, if the registry names one.
    permalink: page?.permalink ?? '',
    anchor: page?.permalink ?? '',
    source,
    page: page?.title ?? '',
    form: 'registry',
    ref: item.id,
    ...(item.since ? {since: item.since} : {}),
    ...(item.removal ? {removal: item.removal} : {}),
    ...(item.replacement ? {replacement: item.replacement} : {}),
    ...(cell.framework ? {framework: cell.framework} : {}),
    ...(cell.workload ? {workload: cell.workload} : {}),
    ...registryExtras(item),
  };
}

/** What only the registry knows of an item: its description, review date and history. */
function registryExtras(item: RegistryItem): Partial<IndexEntry> {
  return {
    ...(item.description ? {description: item.description} : {}),
    ...(item.review ? {review: item.review} : {}),
    ...(item.history ? {history: item.history} : {}),
  };
}
