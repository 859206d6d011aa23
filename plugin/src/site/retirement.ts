/**
 * Retired items (deprecated, unmaintained…): whether one is past its
 * `removal` in the docs version that documents it, and what its
 * `replacement` names. The page's wording, the build's report and the index
 * all read these, so they say the same.
 */
import {isLink} from '../model/checks';
import {replacementIsSelf, replacementNowhere, directiveSubject, yamlSubject, type Message, type Subject} from '../model/messages';
import {frontMatterKey} from '../model/names';
import {formatProblem} from '../model/problems';
import {asVersion, compareSince, DATE_PATTERN, documentedAs, lastReleased} from '../model/versions';
import type {ClassificationItem, IndexEntry, Registry} from '../model/item';
import type {VersionInfo} from './pages';

export interface ReleaseContext {
  /** The docs versions (empty without versioned docs). */
  versions: readonly VersionInfo[];
  /** Today, as an ISO date. */
  today: string;
}

/**
 * Past its removal: a removal date gone by, or a docs version at or after the
 * removal version. The current docs are the version their label names when
 * it is one (`2.x` is 2, `3.1` is 3.1), else they come after the last
 * released version ("Next"); without versioned docs, only dates are judged.
 */
export function isRemoved(removal: string, version: string | undefined, {versions, today}: ReleaseContext): boolean {
  if (DATE_PATTERN.test(removal)) {
    return removal <= today;
  }
  const current = version === undefined || version === 'current';
  const written = current ? documentedAs('current', versions) : version;
  const documented = written === undefined ? lastReleased(versions) : asVersion(written);
  return documented !== undefined && (compareSince(documented, removal) ?? -1) >= 0;
}

/** Entries by registry id, and the others by id: built once per list of entries (a snapshot's), not per replacement. */
const lookups = new WeakMap<readonly IndexEntry[], {byRef: Map<string, IndexEntry[]>; byId: Map<string, IndexEntry[]>}>();

function lookupOf(entries: readonly IndexEntry[]): {byRef: Map<string, IndexEntry[]>; byId: Map<string, IndexEntry[]>} {
  let lookup = lookups.get(entries);
  if (!lookup) {
    lookup = {byRef: new Map(), byId: new Map()};
    for (const entry of entries) {
      const [map, key] = entry.ref !== undefined ? [lookup.byRef, entry.ref] : [lookup.byId, entry.id];
      (map.get(key) ?? map.set(key, []).get(key)!).push(entry);
    }
    lookups.set(entries, lookup);
  }
  return lookup;
}

/** The entries a replacement id names: a registry item's, else items with that id. */
function named(replacement: string, entries: readonly IndexEntry[]): IndexEntry[] {
  const {byRef, byId} = lookupOf(entries);
  return byRef.get(replacement) ?? byId.get(replacement) ?? [];
}

/** What a replacement id names, in the docs version of the page that names it when it is there. */
export function replacementEntry(replacement: string, entries: readonly IndexEntry[], version: string | undefined): IndexEntry | undefined {
  const candidates = named(replacement, entries);
  const linked = candidates.filter((entry) => entry.anchor !== '');
  return linked.find((entry) => entry.version === version) ?? linked[0] ?? candidates[0];
}

/**
 * Whether a replacement resolves: a link, a registry id, or the id of one item of
 * the site ('ambiguous' when items of several pages of one docs version have it).
 */
export function resolves(replacement: string, entries: readonly IndexEntry[], registry: Registry | undefined): boolean | 'ambiguous' {
  const candidates = named(replacement, entries);
  // An id first: code names may look like links (`/v1/users`, `node:fs`).
  if (registry?.items.has(replacement) === true || (candidates.length === 0 && isLink(replacement))) {
    return true;
  }
  const pages = new Map<string, Set<string>>();
  for (const entry of candidates) {
    pages.set(entry.version ?? '', (pages.get(entry.version ?? '') ?? new Set()).add(entry.permalink));
  }
  return candidates.length === 0 ? false : [...pages.values()].some((permalinks) => permalinks.size > 1) ? 'ambiguous' : true;
}

/** What is wrong with a replacement: it names the item itself (one of its ids), or nothing, or items of several pages. */
function replacementProblem(replacement: string, own: readonly (string | undefined)[], entries: readonly IndexEntry[], registry: Registry | undefined, subject: Subject): Message | undefined {
  if (own.includes(replacement)) {
    return replacementIsSelf(replacement, subject);
  }
  const resolved = resolves(replacement, entries, registry);
  return resolved === true ? undefined : replacementNowhere(replacement, subject, resolved === 'ambiguous');
}

/** A replacement must name a registry item, an item of the site, or be a link: the problems of pages' items and of the registry's. */
export function unresolvedReplacements(
  pages: readonly {filePath: string; permalink: string; items: readonly ClassificationItem[]}[],
  entries: readonly IndexEntry[],
  registry: Registry | undefined,
): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    for (const item of page.items) {
      // A registry item's own replacement is reported once, at the registry.
      const own = item.ref !== undefined && registry?.items.get(item.ref)?.replacement === item.replacement;
      const subject = item.form === 'page' ? yamlSubject('front matter', frontMatterKey) : directiveSubject(`"${item.title}"`);
      // The item itself: its id, its registry id, or a link to it (`#id`, `/docs/page#id`).
      const itself = [item.id, item.ref, `#${item.id}`, `${page.permalink}#${item.id}`];
      const problem = own || item.replacement === undefined ? undefined : replacementProblem(item.replacement, itself, entries, registry, subject);
      if (problem) {
        problems.push(formatProblem({...problem, place: {line: item.line, column: item.column}}, page.filePath));
      }
    }
  }
  for (const item of registry?.items.values() ?? []) {
    if (item.replacement === undefined) {
      continue;
    }
    // The item itself: its id, or a link to a page's mention of it.
    const itself = [item.id, ...named(item.id, entries).filter((entry) => entry.ref === item.id && entry.anchor).map((entry) => entry.anchor)];
    const problem = replacementProblem(item.replacement, itself, entries, registry, yamlSubject(`"${item.id}"`));
    if (problem) {
      problems.push(formatProblem({...problem, place: item.replacementPlace ?? item.place}, item.file));
    }
  }
  return problems;
}
