/**
 * Link badges: which Markdown links point at an Alpha/Beta page or item.
 * The remark plugin asks this at compile time, from the site index, so no
 * page ships a map of the site's anchors: a page's badges are in its own
 * compiled MDX, and the global data stays the size of the sidebar's needs.
 *
 * Markdown file links resolve the way Docusaurus resolves them
 * (`resolveMarkdownLinkPathname` in @docusaurus/utils): `./x.md` and
 * `../x.md` from the linking file only; `x.md` from the content roots of
 * the file's docs version, the site directory, then the file's directory;
 * `/x.md` from the content roots and the site directory.
 */
import path from 'node:path';
import {trimSlash} from '../model/names';
import type {IndexEntry} from '../model/item';

export interface LinkSources {
  /** Every page read: absolute source path → permalink. */
  permalinks: ReadonlyMap<string, string>;
  /** Content directories of each docs version, localized first. */
  contentRoots: readonly (readonly string[])[];
  siteDir: string;
  baseUrl: string;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export class LinkTargets {
  /** `permalink` (a page classified as a whole) or `permalink#id` → level id. */
  private readonly levels = new Map<string, string>();

  constructor(
    entries: readonly IndexEntry[],
    listedLevels: ReadonlySet<string>,
    private readonly sources: LinkSources,
  ) {
    for (const entry of entries) {
      if (!listedLevels.has(entry.level)) {
        continue;
      }
      const permalink = trimSlash(entry.permalink);
      if (entry.form === 'page') {
        this.levels.set(permalink, entry.level);
      }
      if (entry.anchor.includes('#')) {
        this.levels.set(`${permalink}#${entry.id}`, entry.level);
      }
    }
  }

  /** The listed level of what `url`, written in `filePath`, points to. */
  levelOf(url: string, filePath: string | undefined): string | undefined {
    if (this.levels.size === 0 || /^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) {
      return undefined;
    }
    const hashAt = url.indexOf('#');
    const hash = hashAt === -1 ? '' : decode(url.slice(hashAt + 1));
    const pathname = (hashAt === -1 ? url : url.slice(0, hashAt)).replace(/\?.*$/, '');
    const permalink = this.permalinkOf(pathname, filePath);
    if (permalink === undefined) {
      return undefined;
    }
    return this.levels.get(hash ? `${trimSlash(permalink)}#${hash}` : trimSlash(permalink));
  }

  private permalinkOf(pathname: string, filePath: string | undefined): string | undefined {
    const {permalinks, baseUrl} = this.sources;
    const current = filePath === undefined ? undefined : permalinks.get(filePath);
    if (pathname === '') {
      return current;
    }
    if (/\.mdx?$/i.test(pathname)) {
      return this.fileLink(decode(pathname), filePath);
    }
    if (pathname.startsWith('/')) {
      // Docusaurus's Link adds the base URL to a path that lacks it.
      return pathname.startsWith(baseUrl) ? pathname : `${baseUrl}${pathname.slice(1)}`;
    }
    return current === undefined ? undefined : new URL(pathname, `https://site${current}`).pathname;
  }

  private fileLink(linkPath: string, filePath: string | undefined): string | undefined {
    const {permalinks, contentRoots, siteDir} = this.sources;
    const dirs: string[] = [];
    if (!linkPath.startsWith('./') && !linkPath.startsWith('../')) {
      const roots = filePath === undefined ? undefined : contentRoots.find((list) => list.some((root) => isInside(filePath, root)));
      dirs.push(...(roots ?? []), siteDir);
    }
    if (!linkPath.startsWith('/') && filePath !== undefined) {
      dirs.push(path.dirname(filePath));
    }
    for (const dir of dirs) {
      const permalink = permalinks.get(path.join(dir, linkPath));
      if (permalink !== undefined) {
        return permalink;
      }
    }
    return undefined;
  }
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
