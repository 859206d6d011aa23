/**
 * The checks pages, front matter and the registry share (an unknown kind, a
 * `since` that is no version): the same words everywhere, each written the
 * way its place is written (a Subject).
 */
import {closest, didYouMean, type Problem} from '../problems';
import {DATE_LIKE, DATE_PATTERN, isDate} from '../versions';

/** A problem before its place is known. */
export type Message = Omit<Problem, 'place'>;

/** Where a value is written, and how an author writes a key there. */
export interface Subject {
  /** How messages name it: `:::beta`, `front matter`, `"nxd"`. */
  name: string;
  /** The key as written there: `since`, `classification_since`. */
  key(key: string): string;
  /** A key with its value as written there: `since=2.18`, `since: "2.18"`. */
  write(key: string, value: string): string;
  /** The whole thing with that key: `:::beta{kind=api}`, `kind: "api"`. */
  example(key: string, value: string): string;
  /** Several keys with a placeholder value, as one instruction: `a="…" b="…"`, `"a: …" and "b: …"`. */
  writeAll(keys: readonly string[]): string;
}

/** `ref=<id>` as a page writes it: quoted when the id holds what ends an unquoted attribute value (a space, a quote, `=`, a brace…). */
export function refAttribute(ref: string): string {
  return /^[^\s"'`<=>{}]+$/.test(ref) ? `ref=${ref}` : `ref=${JSON.stringify(ref)}`;
}

/** A directive's attributes: `:::beta{since=2.18}`. */
export function directiveSubject(name: string): Subject {
  const write = (key: string, value: string) => (value === '…' || /\s/.test(value) ? `${key}="${value}"` : `${key}=${value}`);
  return {
    name,
    key: (key) => key,
    write,
    example: (key, value) => `${name}{${write(key, value)}}`,
    writeAll: (keys) => keys.map((key) => write(key, '…')).join(' '),
  };
}

/** YAML keys: a registry item (`since: "2.18"`) or front matter (`classification_since: "2.18"`). */
export function yamlSubject(name: string, key: (key: string) => string = (plain) => plain): Subject {
  const write = (name_: string, value: string) => `${key(name_)}: ${/^[…"]/.test(value) ? value : `"${value}"`}`;
  return {name, key, write, example: write, writeAll: (keys) => keys.map((name_) => `"${key(name_)}: …"`).join(' and ')};
}

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

// Checks that pages, front matter and the registry share ---------------------

export function unknownName(what: 'attribute' | 'key', name: string, allowed: readonly string[], subject: Subject): Message {
  return {
    message: `unknown ${what} "${name}" on ${subject.name}`,
    expected: `only ${allowed.join(', ')}`,
    suggestion: closest(name, allowed) ? didYouMean(name, allowed) : `remove ${name}`,
  };
}

export function missingValue(key: 'kind' | 'level', candidates: readonly string[], subject: Subject): Message {
  return {
    message: `${subject.name} is missing its ${key}`,
    expected: `a ${subject.key(key)}: one of ${candidates.join(', ')}`,
    suggestion: `write ${subject.example(key, candidates[0] ?? '…')}`,
  };
}

export function unknownValue(key: 'kind' | 'level', value: unknown, candidates: readonly string[], subject: Subject): Message {
  return {
    message: `unknown ${key} ${show(value)} in ${subject.name}`,
    expected: `one of ${candidates.join(', ')}`,
    suggestion:
      typeof value === 'string' ? didYouMean(value, candidates) : `write a ${key} name, e.g. ${subject.write(key, candidates[0] ?? '…')}`,
  };
}

export function invalidSince(since: string, subject: Subject, key: 'since' | 'removal' = 'since'): Message {
  // A date written another way (2026-9-5, 2026-09-05T10:00): the ISO date it means, when it is one.
  const parts = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(since);
  const iso = parts ? `${parts[1]}-${parts[2]!.padStart(2, '0')}-${parts[3]!.padStart(2, '0')}` : undefined;
  return {
    message: DATE_PATTERN.test(since)
      ? `${subject.key(key)} "${since}" in ${subject.name} is not a date that exists`
      : DATE_LIKE.test(since)
        ? `${subject.key(key)} "${since}" in ${subject.name} is not an ISO date (YYYY-MM-DD)`
        : `${subject.key(key)} "${since}" in ${subject.name} is neither a version nor a date`,
    expected: 'a version such as 2.18 or v2.18.0, or an ISO date such as 2024-05-01',
    suggestion: `write ${subject.write(key, iso && isDate(iso) ? iso : DATE_LIKE.test(since) ? '2024-05-01' : key === 'since' ? '2.18' : '3.0')}`,
  };
}

/** `removal` or `replacement` on an item whose level is not retired. */
export function notRetired(key: 'removal' | 'replacement', level: string, retired: readonly string[], subject: Subject): Message {
  return {
    message: `${subject.key(key)} on ${subject.name} is for retired levels, and ${level} is not one`,
    expected: retired.length > 0 ? `${subject.key(key)} on an item of ${retired.join(', ')}` : `${subject.key(key)} on a level with phase: 'retired'`,
    suggestion: retired.length > 0 ? `remove ${subject.key(key)}, or make the item ${retired[0]}` : `remove ${subject.key(key)}`,
  };
}

/** A `removal` at or before the item's `since`. */
export function removalNotAfterSince(removal: string, since: string, subject: Subject): Message {
  return {
    message: `${subject.key('removal')} ${removal} of ${subject.name} is not after its ${subject.key('since')} ${since}`,
    expected: `a removal later than ${since}: the version or date the item goes away, after the one it arrived in`,
    suggestion: `write ${subject.key('removal')} later than ${since} (the release that removes it), or correct ${subject.key('since')}`,
  };
}

/** A `replacement` link readers should not follow: another scheme than http(s), a protocol-relative URL, spaces. */
export function unsafeReplacement(replacement: string, subject: Subject): Message {
  return {
    message: `${subject.key('replacement')} "${replacement}" of ${subject.name} is not a link readers can safely follow`,
    expected: 'a registry id, the id of an item on this site, a site path (/docs/page#id) or an http(s):// URL',
    suggestion: replacement.startsWith('//')
      ? `write ${subject.write('replacement', `https:${replacement}`)}`
      : `write ${subject.write('replacement', 'new_api')}, or an https:// link`,
  };
}

/** A `replacement` that names the retired item itself. */
export function replacementIsSelf(replacement: string, subject: Subject): Message {
  return {
    message: `${subject.key('replacement')} "${replacement}" of ${subject.name} names the item itself`,
    expected: 'the item readers should use instead: another registry id, item id or link',
    suggestion: `write the replacement's id, e.g. ${subject.write('replacement', 'new_api')}, or remove ${subject.key('replacement')}`,
  };
}

/** A `replacement` that names no registry item, no item of the site and no link, or items of several pages. */
export function replacementNowhere(replacement: string, subject: Subject, ambiguous = false): Message {
  return {
    message: ambiguous
      ? `${subject.key('replacement')} "${replacement}" of ${subject.name} is the id of items on several pages`
      : `${subject.key('replacement')} "${replacement}" of ${subject.name} resolves nowhere`,
    expected: 'a registry id, the id of one item on this site, or a link (/docs/page#id, https://…)',
    suggestion: ambiguous
      ? `write ${subject.write('replacement', '/docs/page#' + replacement)}, a link to the one you mean`
      : `write ${subject.write('replacement', 'new_api')} with an id that exists, or a link`,
  };
}

export function notText(key: string, value: unknown, subject: Subject): Message {
  return {
    message: `${subject.key(key)} in ${subject.name} must be text, got ${show(value)}`,
    expected: 'a string',
    suggestion: `write ${subject.write(key, '"…"')} on one line`,
  };
}

/** `subject` names the item with its kind: `:::beta{kind=model}`. */
export function missingScope(kind: {label: string; requires: string[]}, missing: string[], subject: Subject): Message {
  return {
    message: `${subject.name} is missing ${missing.map((key) => subject.key(key)).join(' and ')}`,
    expected: `${subject.writeAll(kind.requires)} on every ${kind.label.toLowerCase()}`,
    suggestion: `add ${subject.writeAll(missing)}`,
  };
}

