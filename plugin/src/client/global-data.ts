/**
 * The plugin's global data for the theme: the sidebar's badges read it on
 * every docs page, so this module imports nothing else of the plugin's.
 */
import {useMemo} from 'react';
import {useAllPluginInstancesData} from '@docusaurus/useGlobalData';
import {PLUGIN_NAME, trimSlash} from '../model/plugin';
import type {ClassificationGlobalData} from 'docusaurus-plugin-classification';

export type LevelLabel = ClassificationGlobalData['levels'][number];

const EMPTY: ClassificationGlobalData = {levels: [], pages: {}};

/**
 * The plugin's global data: which pages are Alpha/Beta, for sidebar badges,
 * over every instance of the plugin (a site may have two taxonomies, or one
 * instance with an id of its own); empty without the plugin.
 */
export function useClassificationData(): ClassificationGlobalData {
  // `failfast: false`: a site may use the theme without the plugin's data.
  const instances = useAllPluginInstancesData(PLUGIN_NAME, {failfast: false}) as Record<string, ClassificationGlobalData> | undefined;
  return useMemo(() => {
    const all = Object.values(instances ?? {});
    if (all.length <= 1) {
      return all[0] ?? EMPTY;
    }
    const levels = new Map(all.flatMap((data) => data.levels.map((level) => [level.id, level] as const)).reverse());
    // Array.from, not [...map.values()]: the site's Babel preset may compile spread in loose mode (an iterator, not its values).
    const newPages = all.flatMap((data) => data.newPages ?? []);
    return {
      levels: Array.from(levels.values()).reverse(),
      pages: Object.assign({}, ...all.map((data) => data.pages)),
      ...(newPages.length > 0 ? {newPages, newLabel: all.find((data) => data.newLabel)?.newLabel} : {}),
    };
  }, [instances]);
}

/** The level of the page a sidebar link points to, when it is classified in its front matter (listed or not). */
export function levelOfPage(data: ClassificationGlobalData, href: string | undefined): LevelLabel | undefined {
  const page = pageKey(href);
  const id = page === undefined ? undefined : data.pages[page];
  return data.levels.find((level) => level.id === id);
}

/** How global data names the page a link points to: its path, without anchor or trailing slash. */
function pageKey(href: string | undefined): string | undefined {
  return href ? trimSlash(href.split('#')[0] ?? '') : undefined;
}

/** The "New" marker's text, when the page a sidebar link points to is classified and its level is recent (`newFor`). */
export function newOfPage(data: ClassificationGlobalData, href: string | undefined): string | undefined {
  const page = pageKey(href);
  return page !== undefined && data.newPages?.includes(page) ? data.newLabel : undefined;
}

/** The badge a sidebar link shows: its page's level, when that level is listed. */
export function badgeOfPage(data: ClassificationGlobalData, href: string | undefined): LevelLabel | undefined {
  const level = levelOfPage(data, href);
  return level?.listed ? level : undefined;
}

/**
 * The badge a sidebar category shows. A category whose own page is
 * classified shows that page's level (none for a Stable overview, whatever
 * its children are); otherwise, when every doc in it has a listed level, the
 * first of them in lifecycle order (the least mature).
 */
export function badgeOfCategory(data: ClassificationGlobalData, ownHref: string | undefined, hrefs: string[]): LevelLabel | undefined {
  const own = levelOfPage(data, ownHref);
  if (own) {
    return own.listed ? own : undefined;
  }
  if (hrefs.length === 0) {
    return undefined;
  }
  const levels = hrefs.map((href) => levelOfPage(data, href));
  if (levels.some((level) => !level?.listed)) {
    return undefined;
  }
  return data.levels.find((level) => levels.includes(level));
}
