/**
 * One frozen snapshot per plugin instance, built once per load of the site
 * (allContentLoaded; a dev reload builds a new one): every page read, the
 * index with the registry's items, its checks, the releases and "New". The
 * outputs and the pages' compiles read it; nothing changes it after. It is
 * plain data, so that a compile in another thread can read it from the file
 * the plugin writes (docusaurus/hand-off.ts).
 */
import {entriesOf} from './entries';
import {markNew} from './new';
import {driftProblems} from './drift';
import {withRegistry} from './registry-entries';
import {registryPageOf, registryReading} from './registry-pages';
import {releasesOf, type Release} from './releases';
import {unresolvedReplacements, type ReleaseContext} from './retirement';
import {markOverdue} from './stale';
import {formatProblem} from '../model/problems';
import {hashText, pluginCode} from '../read/cache';
import {documentedAs} from '../model/versions';
import type {IndexEntry, Registry, RegistryItem} from '../model/item';
import type {RegistrySource} from '../model/sources';
import type {Message} from '../model/messages';
import type {ReaderStorage, Severity} from '../model/names';
import type {Taxonomy} from '../model/taxonomy';
import type {Reference} from '../read/collect/types';
import type {PageRead, ReadAgain, ReadInput} from '../read/reader';
import type {SourcePage, VersionInfo} from './pages';
import type {SnapshotStore} from './snapshot-store';

/** The options the pages' compiles and the outputs follow. */
export interface SnapshotSettings {
  pluginId: string;
  defaultLevel: string;
  includeStable: boolean;
  notices: 'every' | 'first';
  onInvalidContent: Severity;
  anchorsMaintainCase: boolean;
  linkBadges: boolean;
  /** The "New" marker's text, translated. */
  newLabel: string;
  /** Where the reader control keeps what a reader hides. */
  readerStorage: ReaderStorage;
  maxPreviewAge?: string;
  newFor?: string | number;
  /** Under `docusaurus start` with problems as errors: a page's problems are reported by its compile (the error overlay). */
  problemsInOverlay: boolean;
}

/** A page as the compiles need it: its file, link, docs version and doc id. */
export interface PageRef {
  filePath: string;
  permalink: string;
  version?: string;
  docId?: string;
}

export interface Snapshot {
  readonly settings: SnapshotSettings;
  readonly taxonomy: Taxonomy;
  readonly entries: readonly IndexEntry[];
  /** The registry's items, its files and sources, and the hash of the text they were read from. */
  readonly registry?: {readonly sources: readonly RegistrySource[]; readonly hash: string; readonly items: readonly RegistryItem[]};
  readonly pages: readonly PageRef[];
  /** The docs versions, newest first (none without versioned docs). */
  readonly versions: readonly VersionInfo[];
  readonly today: string;
  /** Content directories of each docs version, localized first: where Markdown file links resolve. */
  readonly contentRoots: readonly (readonly string[])[];
  readonly siteDir: string;
  readonly baseUrl: string;
  readonly releases: readonly Release[];
  /** Content and registry problems, and overdue items: formatted lines. */
  readonly problems: readonly string[];
  readonly stale: readonly string[];
  /** The files whose problems the plugin reports itself: their compiles stay quiet. */
  readonly reported: readonly string[];
}

/** What a form answers of a value its pages name (a release), once the site is known: a problem, or none. */
export type Resolve = (value: string, site: Pick<Snapshot, 'releases' | 'entries' | 'versions'>) => Message | undefined;

export interface SnapshotInput {
  settings: SnapshotSettings;
  taxonomy: Taxonomy;
  pages: readonly SourcePage[];
  reader: {readAll(pages: readonly ReadInput[], registry?: {registry: Registry; hash: string}, again?: ReadAgain): Promise<PageRead[]>};
  registry?: {registry: Registry; hash: string};
  versions: readonly VersionInfo[];
  today: string;
  contentRoots: readonly (readonly string[])[];
  siteDir: string;
  baseUrl: string;
  /** Form name → what it answers of the references its pages name. */
  resolvers?: ReadonlyMap<string, Resolve>;
  /** The last snapshot built: taken again when it was built from the same inputs. */
  store?: SnapshotStore<Snapshot>;
}

/**
 * What a snapshot is built from, hashed: every input but the reader and the
 * resolvers (the plugin's code, as the rest of it), with what the reader found.
 */
function snapshotKey(input: SnapshotInput, reads: readonly PageRead[]): string {
  const {settings, taxonomy, pages, registry, versions, today, contentRoots, siteDir, baseUrl} = input;
  // Problems name files relative to the working directory.
  const given = {settings, taxonomy, pages, registry: registry && {sources: registry.registry.sources, hash: registry.hash}, versions, today, contentRoots, siteDir, baseUrl, cwd: process.cwd()};
  return hashText(pluginCode(), JSON.stringify(given), JSON.stringify(reads));
}

/** A page to read, with the version its docs document when that is one. */
function withDocuments(page: SourcePage, versions: readonly VersionInfo[]): ReadInput {
  const documents = documentedAs(page.version, versions);
  return {filePath: page.filePath, frontMatter: page.frontMatter, ...(documents !== undefined ? {documents} : {})};
}

export async function buildSnapshot(input: SnapshotInput): Promise<Snapshot> {
  // Each page reads registry items as they stood in the version its docs document.
  const reads = await input.reader.readAll(
    input.pages.map((page) => withDocuments(page, input.versions)),
    input.registry,
    asRegistryPages(input),
  );
  if (!input.store) {
    return snapshotFrom(input, reads);
  }
  const key = snapshotKey(input, reads);
  const stored = input.store.get(key);
  if (stored) {
    return deepFreeze(stored);
  }
  const snapshot = snapshotFrom(input, reads);
  input.store.set(key, snapshot);
  return snapshot;
}

/** A page the registry names, read again as it names it (site/registry-pages.ts registryReading). */
function asRegistryPages({registry, pages, versions}: SnapshotInput): ReadAgain | undefined {
  if (!registry) {
    return undefined;
  }
  return (index, read) => {
    const page = pages[index]!;
    const again = page.docId === undefined ? undefined : registryReading(read, page.frontMatter, registryPageOf(registry.registry, page.docId));
    return again && {...withDocuments(page, versions), ...again};
  };
}

/** The snapshot of what the reader found on the pages. */
function snapshotFrom(input: SnapshotInput, reads: readonly PageRead[]): Snapshot {
  const {settings, taxonomy, pages, registry, versions, today} = input;
  // A partial's problems come with every page that renders it: once each.
  const problems = [...new Set(reads.flatMap((read) => read.problems))];
  let entries = entriesOf(pages.map((page, index) => ({...page, items: reads[index]!.items})));
  if (registry) {
    const completed = withRegistry(entries, registry.registry, pages, {siteDir: input.siteDir, anchorsMaintainCase: settings.anchorsMaintainCase, versions});
    entries = completed.entries;
    problems.push(...completed.problems);
  }
  const pageItems = pages.map((page, index) => ({filePath: page.filePath, permalink: page.permalink, documents: documentedAs(page.version, versions), items: reads[index]!.items}));
  problems.push(...unresolvedReplacements(pageItems, entries, registry?.registry), ...driftProblems(pageItems, registry?.registry));
  const release: ReleaseContext = {versions, today};
  const stale = markOverdue(entries, taxonomy, settings.maxPreviewAge, release);
  const releaseInput = {entries, pages, versions, taxonomy, defaultLevel: settings.defaultLevel};
  if (settings.newFor !== undefined) {
    markNew({...releaseInput, newFor: settings.newFor, now: today});
  }
  const releases = releasesOf(releaseInput);
  const site = {releases, entries, versions};
  const unresolved = pages.map((page, index) => referenceProblems(reads[index]!.references ?? [], page.filePath, input.resolvers, site));
  problems.push(...unresolved.flat());
  // Files whose problems are reported with the snapshot (a partial's with the pages that render it).
  const withProblems = new Set(pages.filter((_, index) => reads[index]!.problems.length > 0 || unresolved[index]!.length > 0).map((page) => page.filePath));
  const partials = settings.problemsInOverlay ? [] : reads.flatMap((read) => read.partials ?? []);
  const reported = [...pages.filter((page) => !settings.problemsInOverlay || !withProblems.has(page.filePath)).map((page) => page.filePath), ...partials];
  return deepFreeze({
    settings,
    taxonomy,
    entries,
    ...(registry ? {registry: {sources: registry.registry.sources, hash: registry.hash, items: [...registry.registry.items.values()]}} : {}),
    pages: pages.map(({filePath, permalink, version, docId}) => ({filePath, permalink, ...(version ? {version} : {}), ...(docId ? {docId} : {})})),
    versions,
    today,
    contentRoots: input.contentRoots,
    siteDir: input.siteDir,
    baseUrl: input.baseUrl,
    releases,
    problems: [...new Set(problems)],
    stale,
    reported: [...new Set(reported)],
  });
}

/**
 * The problems of what a page names that the site does not have, each at its
 * place (a partial's in the partial): the snapshot's, and a page's compile
 * when it reports its own (the error overlay).
 */
export function referenceProblems(
  references: readonly Reference[],
  filePath: string,
  resolvers: ReadonlyMap<string, Resolve> | undefined,
  site: Parameters<Resolve>[1],
): string[] {
  return references.flatMap(({form, value, line, column, file}) => {
    const message = resolvers?.get(form)?.(value, site);
    return message ? [formatProblem({...message, place: {line, column}}, file ?? filePath)] : [];
  });
}

/** Freezes plain data all the way down. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) {
      deepFreeze(child);
    }
  }
  return value;
}
