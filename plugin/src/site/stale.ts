/**
 * Overdue items: a preview item past its registry `review` date, or in
 * preview (since an ISO date) for longer than `maxPreviewAge`; a retired item
 * still documented past its removal.
 */
import {overdue} from '../model/messages';
import {phaseLevelIds, type Taxonomy} from '../model/taxonomy';
import {ageInDays, DATE_PATTERN, daysBetween, isDate} from '../model/versions';
import {isRemoved, type ReleaseContext} from './retirement';
import type {IndexEntry} from '../model/item';

export interface Staleness {
  /** What is overdue: the review date, the time in preview, or a retired item's removal. */
  by: 'review' | 'age' | 'removal';
  /** Why the entry is stale, for the build report. */
  reason: string;
}

export function staleness(entry: Pick<IndexEntry, 'since' | 'review'>, maxPreviewAge: string | undefined, now: string): Staleness | undefined {
  if (entry.review && entry.review < now) {
    return {by: 'review', reason: `its review date ${entry.review} has passed`};
  }
  if (maxPreviewAge && entry.since && isDate(entry.since)) {
    const days = daysBetween(entry.since, now);
    if (days > ageInDays(maxPreviewAge)) {
      return {by: 'age', reason: `it has been in preview since ${entry.since} (${days} days; maxPreviewAge is ${maxPreviewAge})`};
    }
  }
  return undefined;
}

/**
 * Marks each overdue entry with why (`stale`, `staleBy`) and returns the
 * report's lines. `maxPreviewAge` and review dates concern previews; a
 * removal, retired items documented on a page (an item only the registry
 * lists is documented nowhere).
 */
export function markOverdue(entries: IndexEntry[], taxonomy: Taxonomy, maxPreviewAge: string | undefined, release: ReleaseContext): string[] {
  const preview = phaseLevelIds(taxonomy.levels, 'preview');
  const retired = phaseLevelIds(taxonomy.levels, 'retired');
  const versionLabel = (name: string) => release.versions.find((version) => version.name === name)?.label ?? name;
  const lines: string[] = [];
  for (const entry of entries) {
    const found = preview.has(entry.level)
      ? staleness(entry, maxPreviewAge, release.today)
      : retired.has(entry.level) && entry.removal && entry.form !== 'registry' && isRemoved(entry.removal, entry.version, release)
        ? {by: 'removal' as const, reason: `it is still documented${entry.version ? ` in version ${versionLabel(entry.version)}` : ''}, past its removal ${DATE_PATTERN.test(entry.removal) ? 'on' : 'in'} ${entry.removal}`}
        : undefined;
    if (found) {
      entry.stale = found.reason;
      entry.staleBy = found.by;
      const {message, expected} = overdue(entry, found.reason, found.by);
      lines.push(`${entry.source}: ${message}; expected ${expected}`);
    }
  }
  return lines;
}
