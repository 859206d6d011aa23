/** What the theme receives from the index: the sidebar's global data and the index page's data. */
import {listedEntries, type ClassificationIndex} from './scan/indexing';
import {previewLevelIds, trimSlash} from './vocabulary';
import type {VersionInfo} from './scan/content';
import type {Taxonomy} from './taxonomy';
import type {ClassificationGlobalData, IndexPageData, KindLabel} from './theme-data';

/** The kinds as the theme names them. */
export function kindLabels(taxonomy: Taxonomy): KindLabel[] {
  return taxonomy.kinds.map(({id, label, plural}) => ({id, label, plural}));
}

/** Preview items only: Stable is the norm and gets no sidebar or link badge. */
export function globalData(index: ClassificationIndex, taxonomy: Taxonomy): ClassificationGlobalData {
  const preview = previewLevelIds(taxonomy.levels);
  return {
    levels: taxonomy.levels.map(({id, label}) => ({id, label})),
    pages: Object.fromEntries(
      index.entries
        .filter((entry) => preview.has(entry.level) && entry.form === 'page')
        // Trailing slash or not, the sidebar looks the page up without it.
        .map((entry) => [trimSlash(entry.permalink), entry.level]),
    ),
  };
}

export function indexPageData(
  index: ClassificationIndex,
  taxonomy: Taxonomy,
  {title, includeStable, versions, policyPage}: {title: string; includeStable: boolean; versions: VersionInfo[]; policyPage?: string},
): IndexPageData {
  return {
    title,
    entries: listedEntries(index, taxonomy, includeStable),
    levels: taxonomy.levels,
    kinds: kindLabels(taxonomy),
    includeStable,
    matrix: index.entries.filter((entry) => entry.framework || entry.workload),
    versions,
    ...(policyPage ? {policyPage} : {}),
  };
}
