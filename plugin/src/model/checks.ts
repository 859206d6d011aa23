/**
 * Checks of item values that pages, front matter and the registry share: each
 * returns its problems, so that every source words them alike and places them
 * where it reads them.
 */
import {invalidSince, notRetired, removalNotAfterSince, unsafeReplacement, type Message, type Subject} from './messages';
import {compareSince, isSince} from './versions';
import type {Level, Taxonomy} from './taxonomy';

/** A replacement written as a link rather than an id: a site path, an anchor or a URL (a scheme, and not `::`, which code names use: `std::fs::read`). */
export function isLink(replacement: string): boolean {
  return /^(\/|#|[a-z][a-z\d+.-]*:(?!:))/i.test(replacement);
}

/** The links a replacement may be: a path of this site (`/docs/page#id`), an anchor, or an http(s) URL. */
function isSafeLink(replacement: string): boolean {
  return /^(\/(?![/\\])|#|https?:\/\/[^/\\])/i.test(replacement) && !/[\s\u0000-\u001f\u007f]/.test(replacement);
}

/**
 * `removal` and `replacement` belong to retired levels (deprecated…),
 * `removal` is a version or a date after `since`, and a `replacement` that is
 * a link is one readers may follow: the problems, each with the key it is about.
 */
export function retirementProblems(
  taxonomy: Taxonomy,
  level: Level | undefined,
  details: {since?: string; removal?: string; replacement?: string},
  subject: Subject,
): {key: 'removal' | 'replacement'; message: Message}[] {
  const problems: {key: 'removal' | 'replacement'; message: Message}[] = [];
  for (const key of ['removal', 'replacement'] as const) {
    if (details[key] !== undefined && level && level.phase !== 'retired') {
      const retired = taxonomy.levels.filter((other) => other.phase === 'retired').map((other) => other.id);
      problems.push({key, message: notRetired(key, level.id, retired, subject)});
    }
  }
  const {since, removal, replacement} = details;
  if (removal !== undefined && !isSince(removal)) {
    problems.push({key: 'removal', message: invalidSince(removal, subject, 'removal')});
  } else if (removal !== undefined && since !== undefined && (compareSince(removal, since) ?? 1) <= 0) {
    problems.push({key: 'removal', message: removalNotAfterSince(removal, since, subject)});
  }
  if (replacement !== undefined && isLink(replacement) && !isSafeLink(replacement)) {
    problems.push({key: 'replacement', message: unsafeReplacement(replacement, subject)});
  }
  return problems;
}
