/**
 * Which pages the index covers, read from allContentLoaded()'s `allContent`:
 * every doc of every docs plugin instance and version, every blog post of
 * every blog instance, and every Markdown/MDX page.
 */
import path from 'node:path';
import {CONTENT_PLUGINS} from '../model/names';
import type {DocsVersion} from '../model/versions';
import type {ReadInput} from '../read/reader';

export interface SourcePage extends ReadInput {
  /** The doc id (`packages/neuronx-distributed`), for docs. */
  docId?: string;
  permalink: string;
  /** Source path relative to the site directory. */
  source: string;
  title: string;
  /** Docs version name, when the docs have several versions. */
  version?: string;
  /** The docs version readers see by default. */
  lastVersion?: boolean;
}

/** A docs version: its name, label and whether readers see it by default. */
export type VersionInfo = DocsVersion;

interface SourceLike {
  source: string;
  permalink: string;
  title?: string;
  frontMatter?: Record<string, unknown>;
}

interface DocsContentLike {
  loadedVersions: {
    versionName: string;
    label: string;
    isLast: boolean;
    contentPath: string;
    contentPathLocalized?: string;
    docs: (SourceLike & {id: string})[];
  }[];
}

interface BlogContentLike {
  blogPosts: {metadata: SourceLike}[];
}

type PageLike = SourceLike & {type: 'mdx' | 'jsx'};

/** allContentLoaded()'s `allContent`: plugin name → instance id → content. */
export type AllContent = Record<string, Record<string, unknown> | undefined>;

/** The content of one content plugin's instances, or of those `ids` names (all, without `ids`). */
function instancesOf(allContent: AllContent, plugin: string, ids: readonly string[] | undefined): unknown[] {
  return Object.entries(allContent[plugin] ?? {})
    .filter(([id]) => ids === undefined || ids.includes(id))
    .map(([, content]) => content);
}

function resolveSource(siteDir: string, source: string): string {
  return source.startsWith('@site/') ? path.join(siteDir, source.slice('@site/'.length)) : path.resolve(siteDir, source);
}

function page(siteDir: string, item: SourceLike, extra: Partial<SourcePage> = {}): SourcePage {
  const filePath = resolveSource(siteDir, item.source);
  return {
    filePath,
    frontMatter: item.frontMatter ?? {},
    permalink: item.permalink,
    source: path.relative(siteDir, filePath).split(path.sep).join('/'),
    title: item.title ?? path.basename(filePath, path.extname(filePath)),
    ...extra,
  };
}

/** The pages of every content plugin instance, or of those `ids` names. */
export function sourcePages(allContent: AllContent, siteDir: string, ids?: readonly string[]): SourcePage[] {
  const docs = instancesOf(allContent, CONTENT_PLUGINS.docs, ids).flatMap((content) => {
    const {loadedVersions} = content as DocsContentLike;
    const versioned = loadedVersions.length > 1;
    return loadedVersions.flatMap((version) =>
      version.docs.map((doc) =>
        page(siteDir, doc, {
          docId: doc.id,
          lastVersion: version.isLast,
          ...(versioned ? {version: version.versionName} : {}),
        }),
      ),
    );
  });
  const blog = instancesOf(allContent, CONTENT_PLUGINS.blog, ids).flatMap((content) =>
    (content as BlogContentLike).blogPosts.map((post) => page(siteDir, post.metadata)),
  );
  const pages = instancesOf(allContent, CONTENT_PLUGINS.pages, ids).flatMap((content) =>
    ((content as PageLike[] | null) ?? []).filter((item) => item.type === 'mdx').map((item) => page(siteDir, item)),
  );
  return [...docs, ...blog, ...pages];
}

/** The docs versions of the first docs instance covered, when there are several. */
export function docsVersions(allContent: AllContent, ids?: readonly string[]): VersionInfo[] {
  const instances = instancesOf(allContent, CONTENT_PLUGINS.docs, ids) as DocsContentLike[];
  const versions = instances[0]?.loadedVersions ?? [];
  return versions.length > 1 ? versions.map(({versionName, label, isLast}) => ({name: versionName, label, isLast})) : [];
}

/** The content directories of every docs version (localized first), for Markdown file links. */
export function docsContentRoots(allContent: AllContent, ids?: readonly string[]): string[][] {
  return instancesOf(allContent, CONTENT_PLUGINS.docs, ids).flatMap((content) =>
    (content as DocsContentLike).loadedVersions.map((version) =>
      [version.contentPathLocalized, version.contentPath].filter((dir): dir is string => Boolean(dir)),
    ),
  );
}
