/**
 * Checks of item values that pages, front matter and the registry share: each
 * returns its problems, so that every source words them alike and places them
 * where it reads them.
 */
import {invalidSince, notRetired, type Message, type Subject} from './messages';
import {isSince} from './versions';
import type {Level, Taxonomy} from './taxonomy';

/**
 * `removal` and `replacement` belong to retired levels (deprecated…), and
 * `removal` is a version or a date: the problems, each with the key it is
 * about.
 */
export function retirementProblems(
  taxonomy: Taxonomy,
  level: Level | undefined,
  details: {removal?: string; replacement?: string},
  subject: Subject,
): {key: 'removal' | 'replacement'; message: Message}[] {
  const problems: {key: 'removal' | 'replacement'; message: Message}[] = [];
  for (const key of ['removal', 'replacement'] as const) {
    if (details[key] !== undefined && level && level.phase !== 'retired') {
      const retired = taxonomy.levels.filter((other) => other.phase === 'retired').map((other) => other.id);
      problems.push({key, message: notRetired(key, level.id, retired, subject)});
    }
  }
  if (details.removal !== undefined && !isSince(details.removal)) {
    problems.push({key: 'removal', message: invalidSince(details.removal, subject, 'removal')});
  }
  return problems;
}
