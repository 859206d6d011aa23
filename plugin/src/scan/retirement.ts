/**
 * Retired items (deprecated, unmaintained…): whether one is past its
 * `removal` in the docs version that documents it, and what its
 * `replacement` names. The page's wording, the build's report and the index
 * all read these, so they say the same.
 */
import {compareSince, DATE_PATTERN} from '../vocabulary';
import type {VersionInfo} from './content';
import type {IndexEntry} from './indexing';
import type {Registry} from './registry';

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
  const documented = version === undefined || version === 'current' ? currentAs(versions) : version;
  return documented !== undefined && (compareSince(documented, removal) ?? -1) >= 0;
}

/** The version the current docs stand for: their label's number, else the last released version. */
function currentAs(versions: readonly VersionInfo[]): string | undefined {
  const label = versions.find((candidate) => candidate.name === 'current')?.label;
  const labelled = label === undefined ? undefined : /^(v?\d+(?:\.\d+)*)(?:\.x)?$/i.exec(label)?.[1];
  return labelled ?? versions.find((candidate) => candidate.isLast && candidate.name !== 'current')?.name;
}

/** A replacement written as a link rather than an id: a path, a relative file, a URL or an anchor. */
export function isLink(replacement: string): boolean {
  return /^(\/|\.{1,2}\/|#|[a-z][a-z\d+.-]*:)/i.test(replacement) || /\.mdx?(#.*)?$/.test(replacement);
}

/** What a replacement id names: a registry item's entry, else an item with that id (same version first). */
export function replacementEntry(
  replacement: string,
  entries: readonly IndexEntry[],
  version: string | undefined,
): IndexEntry | undefined {
  const named = entries.filter((entry) => entry.ref === replacement || entry.id === replacement);
  const linked = named.filter((entry) => entry.anchor !== '');
  return linked.find((entry) => entry.version === version) ?? linked[0] ?? named[0];
}

/** Whether a replacement resolves: a link, a registry id, or an item of the site. */
export function resolves(replacement: string, entries: readonly IndexEntry[], registry: Registry | undefined): boolean {
  return isLink(replacement) || registry?.items.has(replacement) === true || replacementEntry(replacement, entries, undefined) !== undefined;
}
