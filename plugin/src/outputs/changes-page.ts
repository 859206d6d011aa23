/** The release view (`<indexRoute>/changes`): what changed level, release by release, beside its Atom feed. */
import {COMPONENTS} from '../model/components';
import {kindLabels, levelLabels} from '../model/taxonomy';
import type {Snapshot} from '../site/snapshot';
import type {ChangesPageData} from './data';

export function changesPageData({releases, taxonomy}: Snapshot, {feed, indexTitle, index}: {feed: string; indexTitle: string; index: string}): ChangesPageData {
  return {releases: [...releases], levels: levelLabels(taxonomy), kinds: kindLabels(taxonomy), feed, indexTitle, index};
}

/** The route's component. */
export const CHANGES_COMPONENT = `@theme/${COMPONENTS.ChangesPage.name}`;
