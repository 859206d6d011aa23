/**
 * The sidebar's global data (every page loads it, so it stays small): pages
 * classified in their front matter, whatever their level — a listed level
 * gets a sidebar badge, and a category whose own page is Stable shows none,
 * whatever its children are.
 */
import {trimSlash} from '../model/names';
import type {Snapshot} from '../site/snapshot';
import type {ClassificationGlobalData} from './data';

export function globalData({entries, taxonomy, settings}: Snapshot): ClassificationGlobalData {
  const pages = entries.filter((entry) => entry.form === 'page');
  const fresh = pages.filter((entry) => entry.newIn !== undefined);
  return {
    levels: taxonomy.levels.map(({id, label, listed}) => ({id, label, listed})),
    // Trailing slash or not, the sidebar looks the page up without it.
    pages: Object.fromEntries(pages.map((entry) => [trimSlash(entry.permalink), entry.level])),
    // Only with `newFor`, and only what is new: every page loads this.
    ...(fresh.length > 0 ? {newPages: fresh.map((entry) => trimSlash(entry.permalink)), newLabel: settings.newLabel} : {}),
  };
}
