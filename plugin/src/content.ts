/**
 * Which pages the index covers: every doc of every docs plugin instance and
 * version, read from allContentLoaded()'s `allContent`.
 */
import path from 'node:path';
import type {ScanInput} from './scan';

export interface SourcePage extends ScanInput {
  /** The doc id, e.g. `packages/neuronx-distributed`. */
  docId: string;
  permalink: string;
  /** Source path relative to the site directory. */
  source: string;
  title: string;
  version?: string;
}

interface DocLike {
  id: string;
  source: string;
  permalink: string;
  title: string;
  frontMatter: Record<string, unknown>;
}

interface VersionLike {
  versionName: string;
  docs: DocLike[];
}

interface DocsContentLike {
  loadedVersions: VersionLike[];
}

const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

function resolveSource(siteDir: string, source: string): string {
  return source.startsWith('@site/') ? path.join(siteDir, source.slice('@site/'.length)) : path.resolve(siteDir, source);
}

export function docsPages(allContent: Record<string, Record<string, unknown> | undefined>, siteDir: string): SourcePage[] {
  const instances = allContent[DOCS_PLUGIN] ?? {};
  return Object.values(instances).flatMap((content) => {
    const {loadedVersions} = content as DocsContentLike;
    const versioned = loadedVersions.length > 1;
    return loadedVersions.flatMap((version) =>
      version.docs.map((doc) => {
        const filePath = resolveSource(siteDir, doc.source);
        return {
          filePath,
          frontMatter: doc.frontMatter,
          docId: doc.id,
          permalink: doc.permalink,
          source: path.relative(siteDir, filePath).split(path.sep).join('/'),
          title: doc.title,
          ...(versioned ? {version: version.versionName} : {}),
        };
      }),
    );
  });
}
