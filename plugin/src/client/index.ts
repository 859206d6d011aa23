/**
 * Hooks and helpers for theme code, imported as
 * `docusaurus-plugin-classification/client`. They live outside the theme
 * folder so that no swizzlable component exports anything but itself: a
 * wrapper written by `docusaurus swizzle --wrap` re-exports the default export
 * only, and anything else imported through `@theme/…` would vanish with it.
 */
import {useMemo} from 'react';
import {useAllPluginInstancesData} from '@docusaurus/useGlobalData';
import {PLUGIN_NAME, trimSlash} from '../vocabulary';
import type {ClassificationGlobalData} from 'docusaurus-plugin-classification';

export {scopeLabel} from '../vocabulary';

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
    return {levels: [...levels.values()].reverse(), pages: Object.assign({}, ...all.map((data) => data.pages))};
  }, [instances]);
}

/** The preview level of the page a sidebar link points to, if it is one. */
export function levelOfPage(data: ClassificationGlobalData, href: string | undefined): LevelLabel | undefined {
  if (!href) {
    return undefined;
  }
  const pathname = href.split('#')[0] ?? '';
  const id = data.pages[trimSlash(pathname)];
  return data.levels.find((level) => level.id === id);
}

/** The level a sidebar category shows: when all its docs are previews, the least mature of them. */
export function levelOfCategory(data: ClassificationGlobalData, hrefs: string[]): LevelLabel | undefined {
  if (hrefs.length === 0) {
    return undefined;
  }
  const levels = hrefs.map((href) => levelOfPage(data, href));
  if (levels.some((level) => level === undefined)) {
    return undefined;
  }
  return data.levels.find((level) => levels.includes(level));
}
