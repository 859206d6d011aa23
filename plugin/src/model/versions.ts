/**
 * Versions, dates and durations: what `since`, `removal`, registry history
 * and `newFor` may be, and the one comparison the whole plugin orders them by.
 */

/** A duration such as `180d`, `26w`, `6m`, `1y`. */
export const AGE_PATTERN = /^(\d+)([dwmy])$/;

/** An ISO date, `2024-05-01`. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** What `since` may be: a version (`2.18`, `v2.18.0-rc1`) or an ISO date. */
const SINCE_PATTERN = /^(v?\d+(\.\d+)*([-+][0-9A-Za-z.-]+)?|\d{4}-\d{2}-\d{2})$/;

/** A numbered version (`2.18`, `v2`), which `compareSince` orders: not a date, nor a version with words in it. */
const VERSION_PATTERN = /^v?\d+(\.\d+)*$/;

/** An ISO date that exists: `2024-02-29`, not `2024-02-31` or `2024-13-45`. */
export function isDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) {
    return false;
  }
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether `since` is a version or a real date (a date-shaped text must be one). */
export function isSince(text: string): boolean {
  return SINCE_PATTERN.test(text) && (!DATE_PATTERN.test(text) || isDate(text));
}

export function isVersion(text: string): boolean {
  return VERSION_PATTERN.test(text);
}

/**
 * Orders two `since`/`removal` values: two versions by their numbers (`v2.9`
 * before `2.10`), two dates by date; undefined when they cannot be compared
 * (a version and a date, or a version with words in it).
 */
export function compareSince(a: string, b: string): number | undefined {
  if (DATE_PATTERN.test(a) && DATE_PATTERN.test(b)) {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const numbers = (text: string) => (isVersion(text) ? text.replace(/^v/, '').split('.').map(Number) : undefined);
  const [left, right] = [numbers(a), numbers(b)];
  if (!left || !right) {
    return undefined;
  }
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) {
      return Math.sign(difference);
    }
  }
  return 0;
}

/** A docs version's name or label as a version: `2.x` is 2, `v3.1` is v3.1; anything else as it is. */
export function asVersion(name: string): string {
  return /^(v?\d+(?:\.\d+)*)\.x$/i.exec(name)?.[1] ?? name;
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
