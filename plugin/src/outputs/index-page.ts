/** The generated index page (`indexRoute`): every listed item, by kind then level, and the scope matrix. */
import {COMPONENTS} from '../model/components';
import {listedEntries, scopedEntries} from '../site/entries';
import {kindLabels} from '../model/taxonomy';
import type {Snapshot} from '../site/snapshot';
import type {IndexPageData} from './data';

export function indexPageData(
  {entries, taxonomy, settings, versions}: Snapshot,
  {title, policyPage, changes}: {title: string; policyPage?: string; changes?: string},
): IndexPageData {
  return {
    title,
    entries: listedEntries(entries, taxonomy, settings.includeStable),
    levels: taxonomy.levels,
    kinds: kindLabels(taxonomy),
    includeStable: settings.includeStable,
    defaultLevel: settings.defaultLevel,
    matrix: scopedEntries(entries),
    versions: [...versions],
    ...(policyPage ? {policyPage} : {}),
    ...(changes ? {changes} : {}),
    ...(entries.some((entry) => entry.newIn !== undefined) ? {newLabel: settings.newLabel} : {}),
  };
}

/** The route's component. */
export const INDEX_COMPONENT = `@theme/${COMPONENTS.IndexPage.name}`;
