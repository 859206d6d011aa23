/**
 * Client access to the plugin's global data: which pages and item anchors
 * are Alpha/Beta, for sidebar and link badges.
 */
import {createContext} from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {ClassificationGlobalData} from 'docusaurus-plugin-classification';

const EMPTY: ClassificationGlobalData = {levels: [], pages: {}, anchors: {}};

export function useClassificationData(): ClassificationGlobalData {
  // `failfast: false`: a site may use the theme without the plugin's data.
  const data = usePluginData('docusaurus-plugin-classification', undefined, {failfast: false});
  return (data as ClassificationGlobalData | undefined) ?? EMPTY;
}

/** The level of what a link points to (`/page` or `/page#id`), if it is a preview. */
export function levelOfLink(data: ClassificationGlobalData, href: string | undefined) {
  if (!href) {
    return undefined;
  }
  const [pathname = '', hash] = href.split('#');
  const trimmed = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  const id = hash ? data.anchors[`${trimmed}#${hash}`] : data.pages[trimmed];
  return data.levels.find((level) => level.id === id);
}

/** The level a sidebar category shows: when all its docs are previews, the least mature of them. */
export function levelOfCategory(
  data: ClassificationGlobalData,
  hrefs: string[],
): ClassificationGlobalData['levels'][number] | undefined {
  if (hrefs.length === 0) {
    return undefined;
  }
  const levels = hrefs.map((href) => levelOfLink(data, href.split('#')[0]));
  if (levels.some((level) => level === undefined)) {
    return undefined;
  }
  return data.levels.find((level) => levels.includes(level));
}

/** True inside a Markdown heading: the heading shows its own badge, links in it get none. */
export const InHeading = createContext(false);
