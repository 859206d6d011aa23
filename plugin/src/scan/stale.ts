/**
 * Staleness: a preview item past its registry `review` date, or in preview
 * (since an ISO date) for longer than `maxPreviewAge`.
 */
import {AGE_PATTERN, isDate} from '../vocabulary';
import type {IndexEntry} from './indexing';

/** `'180d'` → days. Months are 30 days, years 365. */
export function ageInDays(age: string): number {
  const match = AGE_PATTERN.exec(age);
  if (!match) {
    throw new Error(`invalid age "${age}"`);
  }
  const unit = {d: 1, w: 7, m: 30, y: 365}[match[2] as 'd' | 'w' | 'm' | 'y'];
  return Number(match[1]) * unit;
}

/** Today, or `CLASSIFICATION_TODAY` (YYYY-MM-DD) for reproducible builds and tests. */
export function today(): string {
  const fixed = process.env.CLASSIFICATION_TODAY;
  return fixed && isDate(fixed) ? fixed : new Date().toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

export interface Staleness {
  /** What is overdue: the review date, or the time in preview. */
  by: 'review' | 'age';
  /** Why the entry is stale, for the build report. */
  reason: string;
}

export function staleness(
  entry: Pick<IndexEntry, 'since' | 'review'>,
  maxPreviewAge: string | undefined,
  now: string,
): Staleness | undefined {
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
