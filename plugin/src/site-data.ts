/** What the theme receives from the index: the sidebar's global data and the index page's data. */
import {listedEntries, type ClassificationIndex} from './scan/indexing';
import {NEW_LABEL, trimSlash} from './vocabulary';
import type {VersionInfo} from './scan/content';
import type {Taxonomy} from './taxonomy';
import type {ClassificationGlobalData, IndexPageData, KindLabel} from './theme-data';

/** The levels as the theme names them: id and badge text (a list or matrix needs no notice). */
export function levelLabels(taxonomy: Taxonomy): {id: string; label: string}[] {
  return taxonomy.levels.map(({id, label}) => ({id, label}));
}

/** The kinds as the theme names them. */
export function kindLabels(taxonomy: Taxonomy): KindLabel[] {
  return taxonomy.kinds.map(({id, label, plural}) => ({id, label, plural}));
}

/**
 * Pages classified in their front matter, whatever their level: a listed
 * level gets a sidebar badge, and a category whose own page is Stable shows
 * none, whatever its children are.
 */
export function globalData(index: ClassificationIndex, taxonomy: Taxonomy, newLabel = NEW_LABEL): ClassificationGlobalData {
  const pages = index.entries.filter((entry) => entry.form === 'page');
  const fresh = pages.filter((entry) => entry.newIn !== undefined);
  return {
    levels: taxonomy.levels.map(({id, label, listed}) => ({id, label, listed})),
    // Trailing slash or not, the sidebar looks the page up without it.
    pages: Object.fromEntries(pages.map((entry) => [trimSlash(entry.permalink), entry.level])),
    // Only with `newFor`, and only what is new: every page loads this.
    ...(fresh.length > 0 ? {newPages: fresh.map((entry) => trimSlash(entry.permalink)), newLabel} : {}),
  };
}

export function indexPageData(
  index: ClassificationIndex,
  taxonomy: Taxonomy,
  {title, includeStable, defaultLevel, versions, policyPage, newLabel = NEW_LABEL}: {title: string; includeStable: boolean; defaultLevel: string; versions: VersionInfo[]; policyPage?: string; newLabel?: string},
): IndexPageData {
  return {
    title,
    entries: listedEntries(index, taxonomy, includeStable),
    levels: taxonomy.levels,
    kinds: kindLabels(taxonomy),
    includeStable,
    defaultLevel,
    matrix: index.entries.filter((entry) => entry.framework || entry.workload),
    versions,
    ...(policyPage ? {policyPage} : {}),
    ...(index.entries.some((entry) => entry.newIn !== undefined) ? {newLabel} : {}),
  };
}
