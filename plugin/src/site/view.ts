/**
 * What the pages' compiles ask of a snapshot, answered from lookups built
 * once per snapshot (whichever realm it was read in): a registry item by id,
 * a file's docs version, where a link points, whether an item is new.
 */
import {listedLevelIds} from '../model/taxonomy';
import {documentedAs} from '../model/versions';
import {changedRegistry} from '../read/registry/current';
import {namesDoc, registryPageOf, type NamedPage} from './registry-pages';
import {LinkTargets} from './links';
import {NewItems} from './new';
import type {Registry} from '../model/item';
import type {ReleaseContext} from './retirement';
import type {Snapshot} from './snapshot';

export class SiteView {
  private readonly registry: Registry | undefined;
  /** Links to listed pages and items, for link badges; undefined when they are off. */
  readonly links: LinkTargets | undefined;
  /** With `newFor`: which items are new. */
  readonly newItems: NewItems | undefined;
  /** The docs versions and today: whether a retired item is past its removal. */
  readonly release: ReleaseContext;
  private readonly versions: ReadonlyMap<string, string>;
  private readonly docIds: ReadonlyMap<string, string>;
  private readonly reportedFiles: ReadonlySet<string>;

  constructor(readonly snapshot: Snapshot) {
    const {registry, pages, entries, settings, taxonomy} = snapshot;
    this.registry = registry && {sources: registry.sources, items: new Map(registry.items.map((item) => [item.id, item]))};
    this.versions = new Map(pages.filter((page) => page.version).map((page) => [page.filePath, page.version!]));
    this.docIds = new Map(pages.filter((page) => page.docId).map((page) => [page.filePath, page.docId!]));
    this.reportedFiles = new Set(snapshot.reported);
    this.release = {versions: snapshot.versions, today: snapshot.today};
    const permalinks = new Map(pages.map((page) => [page.filePath, page.permalink]));
    this.links = settings.linkBadges
      ? new LinkTargets(entries, listedLevelIds(taxonomy.levels), {permalinks, contentRoots: snapshot.contentRoots, siteDir: snapshot.siteDir, baseUrl: snapshot.baseUrl})
      : undefined;
    this.newItems = settings.newFor === undefined ? undefined : new NewItems(entries, pages);
  }

  /**
   * The registry a page's compile reads, and whether it is newer than the
   * snapshot's: under `docusaurus start`, the registry's files as they are
   * now when they changed since the snapshot (read/registry/current.ts); in
   * a build (NODE_ENV production, as Docusaurus sets it), the snapshot's.
   */
  currentRegistry(): {registry: Registry | undefined; changed: boolean} {
    const given = this.snapshot.registry;
    const changed = given && process.env.NODE_ENV !== 'production' ? changedRegistry(given, this.snapshot.taxonomy) : undefined;
    return changed ? {registry: changed, changed: true} : {registry: this.registry, changed: false};
  }

  /** Whether the registry names a page's doc, or may (site/registry-pages.ts namesDoc). */
  namedByRegistry(filePath: string): boolean {
    const docId = this.docIds.get(filePath);
    return docId !== undefined && this.registry !== undefined && namesDoc(this.registry, docId);
  }

  /** The registry item whose page a page's doc is, and those of its headings (site/registry-pages.ts), in the registry the compile reads (currentRegistry). */
  registryPageOf(filePath: string | undefined, registry: Registry): NamedPage {
    const docId = filePath === undefined ? undefined : this.docIds.get(filePath);
    return docId === undefined ? {} : registryPageOf(registry, docId);
  }

  /** The docs version of a page, when the docs have several. */
  versionOf(filePath: string | undefined): string | undefined {
    return filePath === undefined ? undefined : this.versions.get(filePath);
  }

  /** The version a page's docs document (registry items are read as they stood there). */
  documentsOf(filePath: string | undefined): string | undefined {
    return documentedAs(this.versionOf(filePath), this.snapshot.versions);
  }

  /** Whether the plugin reported this file's problems itself, when it built the snapshot. */
  reported(filePath: string | undefined): boolean {
    return filePath !== undefined && this.reportedFiles.has(filePath);
  }
}

const views = new WeakMap<Snapshot, SiteView>();

/** The view of a snapshot, built once. */
export function viewOf(snapshot: Snapshot): SiteView {
  let view = views.get(snapshot);
  if (!view) {
    view = new SiteView(snapshot);
    views.set(snapshot, view);
  }
  return view;
}
