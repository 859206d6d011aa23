/**
 * Versions, dates and durations: what `since`, `removal`, registry history
 * and `newFor` may be, and the one comparison the whole plugin orders them by.
 */

/** A duration such as `180d`, `26w`, `6m`, `1y`. */
export const AGE_PATTERN = /^(\d+)([dwmy])$/;

/** An ISO date, `2024-05-01`. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** What reads as a date, ISO or not (`2026-9-5`, `2026-09-05T10:00`): never a version, though it has the shape of one with a pre-release. */
export const DATE_LIKE = /^\d{4}-\d/;

/** A version: `2.18`, `v2.18.0`, `2.0.0-rc.1`, `1.2+build.5` (numbers, then a pre-release, then build metadata). */
const VERSION_PATTERN = /^v?(\d+(?:\.\d+)*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/** An ISO date that exists: `2024-02-29`, not `2024-02-31` or `2024-13-45`. */
export function isDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) {
    return false;
  }
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A version, not a date: `2024-05-01` (or `2026-9-5`) is a date even though it reads as numbers and a pre-release. */
export function isVersion(text: string): boolean {
  return !DATE_LIKE.test(text) && VERSION_PATTERN.test(text);
}

/** What `since`, `removal` and history steps may be: a version or a real date. */
export function isSince(text: string): boolean {
  return isVersion(text) || isDate(text);
}

/** A version's parts: its numbers and its pre-release identifiers (none for a release). */
function versionParts(text: string): {numbers: number[]; pre: string[]} | undefined {
  const match = isVersion(text) ? VERSION_PATTERN.exec(text) : null;
  return match ? {numbers: match[1]!.split('.').map(Number), pre: match[2]?.split('.') ?? []} : undefined;
}

/** Two pre-release identifiers, as semver orders them: numbers by value and before words, words by ASCII. */
function compareIdentifiers(a: string, b: string): number {
  const [left, right] = [/^\d+$/.test(a), /^\d+$/.test(b)];
  if (left && right) {
    return Math.sign(Number(a) - Number(b));
  }
  return left !== right ? (left ? -1 : 1) : a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The one order of versions and dates, for the whole plugin: two dates by
 * date; two versions as semver orders them, a leading `v` ignored, missing
 * numbers read as 0 (`2` is `2.0.0`), a pre-release before its release
 * (`2.0.0-rc.1` < `2.0.0`), build metadata ignored. Undefined for a version
 * and a date, which no order relates.
 */
export function compareSince(a: string, b: string): number | undefined {
  if (isDate(a) || isDate(b)) {
    return isDate(a) && isDate(b) ? (a < b ? -1 : a > b ? 1 : 0) : undefined;
  }
  const [left, right] = [versionParts(a), versionParts(b)];
  if (!left || !right) {
    return undefined;
  }
  for (let index = 0; index < Math.max(left.numbers.length, right.numbers.length); index += 1) {
    const difference = (left.numbers[index] ?? 0) - (right.numbers[index] ?? 0);
    if (difference !== 0) {
      return Math.sign(difference);
    }
  }
  if (left.pre.length === 0 || right.pre.length === 0) {
    return left.pre.length === right.pre.length ? 0 : left.pre.length === 0 ? 1 : -1;
  }
  for (let index = 0; index < Math.min(left.pre.length, right.pre.length); index += 1) {
    const difference = compareIdentifiers(left.pre[index]!, right.pre[index]!);
    if (difference !== 0) {
      return difference;
    }
  }
  return Math.sign(left.pre.length - right.pre.length);
}

/** Whether two values name one release: `2.0`, `v2.0` and `2.0.0` do. */
export function sameRelease(a: string, b: string): boolean {
  return compareSince(a, b) === 0;
}

/**
 * Values that name the same release, as one (`2.0`, `v2.0`): versions, then
 * dates, each newest first; each labelled as it is most often written (ties:
 * the first in text order). Values that are neither are left out.
 */
export function groupReleases(values: readonly string[]): {label: string; values: Set<string>}[] {
  const counts = new Map<string, number>();
  for (const value of values.filter(isSince)) {
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const order = (a: string, b: string) => Number(isDate(a)) - Number(isDate(b)) || -(compareSince(a, b) ?? 0);
  const groups: {label: string; values: Set<string>}[] = [];
  for (const value of [...counts.keys()].sort((a, b) => order(a, b) || (counts.get(b)! - counts.get(a)!) || (a < b ? -1 : 1))) {
    const group = groups.at(-1);
    if (group && sameRelease(group.label, value)) {
      group.values.add(value);
    } else {
      groups.push({label: value, values: new Set([value])});
    }
  }
  return groups;
}

/** A docs version's name or label as a version: `2.x` is 2, `v3.1` is v3.1; anything else as it is. */
export function asVersion(name: string): string {
  return /^(v?\d+(?:\.\d+)*)\.x$/i.exec(name)?.[1] ?? name;
}

/** A docs version, as the plugin reads Docusaurus's. */
export interface DocsVersion {
  name: string;
  label: string;
  isLast: boolean;
}

/**
 * The version a docs version documents, as it is written: a released
 * version's name, the current docs' label, when it is a version or a series
 * (`2.x`); undefined without docs versions or for an unnumbered "Next".
 */
export function documentedAs(version: string | undefined, versions: readonly DocsVersion[]): string | undefined {
  if (version === undefined) {
    return undefined;
  }
  const written = version === 'current' ? versions.find((candidate) => candidate.name === 'current')?.label : version;
  return written !== undefined && isVersion(asVersion(written)) ? written : undefined;
}

/**
 * Whether a `since` value had come by the docs of version `at`: `2.16` has
 * by `2.x` (a series: every 2.y) and by `2.16`, not by `2.0`. A date and a
 * version, which no order relates, count as come.
 */
export function reachedBy(since: string, at: string): boolean {
  const series = /^v?(\d+(?:\.\d+)*)\.x$/i.exec(at)?.[1];
  const parts = series === undefined ? undefined : versionParts(since);
  if (series !== undefined && parts) {
    return (compareSince(parts.numbers.slice(0, series.split('.').length).join('.'), series) ?? -1) <= 0;
  }
  return (compareSince(since, asVersion(at)) ?? -1) <= 0;
}

/** The docs version readers see by default, when it is a released one, as a version. */
export function lastReleased(versions: readonly DocsVersion[]): string | undefined {
  const released = versions.find((candidate) => candidate.isLast && candidate.name !== 'current')?.name;
  return released === undefined ? undefined : asVersion(released);
}

/** `'180d'` → days. Months are 30 days, years 365. */
export function ageInDays(age: string): number {
  const match = AGE_PATTERN.exec(age);
  if (!match) {
    throw new Error(`invalid age "${age}"`);
  }
  const unit = {d: 1, w: 7, m: 30, y: 365}[match[2] as 'd' | 'w' | 'm' | 'y'];
  return Number(match[1]) * unit;
}

export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** Today, or `CLASSIFICATION_TODAY` (YYYY-MM-DD) for reproducible builds and tests. */
export function today(): string {
  const fixed = process.env.CLASSIFICATION_TODAY;
  return fixed && isDate(fixed) ? fixed : new Date().toISOString().slice(0, 10);
}
