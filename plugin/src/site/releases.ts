/**
 * The release view: what changed level. Between consecutive docs versions,
 * each item is followed by its registry id, else by its page's doc id and its
 * own id; without versioned docs, registry histories and `since` values give
 * the steps. One function for the page, the feed and the CLI.
 */
import {registryKey, scopeKey, type IndexEntry, type Scope} from '../model/item';
import {scopeLabel} from '../model/names';
import {DATE_PATTERN, groupReleases, sameRelease} from '../model/versions';
import type {Taxonomy} from '../model/taxonomy';
import type {VersionInfo} from './pages';

export const CHANGE_KINDS = ['promoted', 'demoted', 'new', 'deprecated', 'removed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface Change {
  change: ChangeKind;
  /** The item across versions, as the release view follows it: `registry:<id>`, `<doc id>#<id>`, `page:<doc id>`. */
  item: string;
  title: string;
  kind: string;
  /** A model class's framework and workload (its kind's `requires`): which cell changed. */
  scope?: Scope;
  /** Levels before and after; absent before for a new item, after for a removed one. */
  from?: string;
  to?: string;
  /** The item in the newer version (the older one for a removed item); '' when it has no page. */
  anchor: string;
}

export interface Release {
  /** The version or `since` the changes arrived in, as readers name it. */
  label: string;
  /** The version before it, for changes between docs versions. */
  previous?: string;
  /** An ISO date, when the release is dated (a `since` date). */
  date?: string;
  /** Between docs versions: their names (`current`), which no locale translates. */
  versions?: {from: string; to: string};
  changes: Change[];
}

/** A page of a docs version: whether it still exists tells a removed item from one back to the default level. */
export interface VersionedPage {
  docId?: string;
  version?: string;
  permalink: string;
}

/** What the releases are computed from: the site index, its pages and docs versions, the taxonomy. */
export interface ReleaseInput {
  entries: readonly IndexEntry[];
  pages: readonly VersionedPage[];
  versions: readonly VersionInfo[];
  taxonomy: Taxonomy;
  /** The level of an unmarked item. */
  defaultLevel: string;
}

/**
 * An item across versions: its page (doc id) and id, whether the registry
 * defines its level or the page does; a page classified in its front matter
 * is its page (its id changes when a registry item takes it over).
 */
function identity(entry: IndexEntry): string {
  if (entry.form === 'registry') {
    return registryKey(entry);
  }
  const page = entry.docId ?? entry.permalink;
  return entry.form === 'page' ? `page\u0000${page}` : `${page}#${entry.id}\u0000${scopeKey(entry.scope)}`;
}

/** A change of an entry: what it is, which item (and cell) it is, between which levels, where it lands. */
function changeRecord(change: ChangeKind, entry: IndexEntry, levels: {from?: string; to?: string}, anchor: string): Change {
  const item = entry.ref !== undefined ? `registry:${entry.ref}` : entry.form === 'page' ? `page:${entry.docId ?? entry.permalink}` : `${entry.docId ?? entry.permalink}#${entry.id}`;
  return {
    change,
    item,
    title: entry.title,
    kind: entry.kind,
    ...(entry.scope && Object.keys(entry.scope).length > 0 ? {scope: entry.scope} : {}),
    ...(levels.from ? {from: levels.from} : {}),
    ...(levels.to ? {to: levels.to} : {}),
    anchor,
  };
}

/** What a change of level is: deprecated when it enters a retired level, else promoted or demoted by lifecycle order. */
export function changeOf(from: string | undefined, to: string | undefined, taxonomy: Taxonomy): ChangeKind | undefined {
  if (from === to) {
    return undefined;
  }
  if (from === undefined) {
    return 'new';
  }
  if (to === undefined) {
    return 'removed';
  }
  const order = (id: string) => taxonomy.levels.findIndex((level) => level.id === id);
  const phase = (id: string) => taxonomy.levels[order(id)]?.phase;
  if (phase(to) === 'retired' && phase(from) !== 'retired') {
    return 'deprecated';
  }
  return order(to) > order(from) ? 'promoted' : 'demoted';
}

/** One item between two consecutive docs versions: as it was, as it is, and its levels there. */
export interface VersionStep {
  /** The newer version's position in `versions` (newest first). */
  newer: number;
  key: string;
  was?: IndexEntry;
  is?: IndexEntry;
  from?: string;
  to?: string;
  /** The newer version's page of the item's doc, when it has one. */
  page?: string;
}

/**
 * Every item between each pair of consecutive docs versions, newest pair
 * first. An item is its page and id in each version (a heading keeps its id
 * when the registry takes over its level). An item only the older version
 * has has the default level in the newer one when its page is still there
 * and it was not retired (promoting a Beta API to Stable is deleting its
 * `:beta`); otherwise it has none there.
 */
export function* versionSteps({entries, pages, versions, taxonomy, defaultLevel}: ReleaseInput): Generator<VersionStep> {
  const documented = (version: string) => entries.filter((entry) => entry.version === version && entry.form !== 'registry');
  const pageOf = (version: string) => new Map(pages.filter((page) => page.version === version && page.docId).map((page) => [page.docId!, page.permalink]));
  for (let newer = 0; newer + 1 < versions.length; newer += 1) {
    const [older, current] = [documented(versions[newer + 1]!.name), documented(versions[newer]!.name)];
    // A registry item both versions mention is itself, on whichever page the index took its mention from.
    const refs = (list: IndexEntry[]) => new Set(list.filter((entry) => entry.ref !== undefined).map(registryKey));
    const [olderRefs, currentRefs] = [refs(older), refs(current)];
    const key = (entry: IndexEntry) => (entry.ref !== undefined && olderRefs.has(registryKey(entry)) && currentRefs.has(registryKey(entry)) ? registryKey(entry) : identity(entry));
    const of = (list: IndexEntry[]) => new Map(list.map((entry) => [key(entry), entry]));
    const [before, after, afterPages] = [of(older), of(current), pageOf(versions[newer]!.name)];
    for (const key of new Set([...after.keys(), ...before.keys()])) {
      const [was, is] = [before.get(key), after.get(key)];
      const docId = (is ?? was)!.docId;
      const page = docId === undefined ? undefined : afterPages.get(docId);
      const retired = was !== undefined && taxonomy.levels.find((level) => level.id === was.level)?.phase === 'retired';
      const to = is?.level ?? (page !== undefined && !retired ? defaultLevel : undefined);
      yield {newer, key, ...(was ? {was, from: was.level} : {}), ...(is ? {is} : {}), ...(to ? {to} : {}), ...(page !== undefined ? {page} : {})};
    }
  }
}

/** Changes between consecutive docs versions, newest first. */
export function versionReleases(input: ReleaseInput): Release[] {
  const {versions, taxonomy} = input;
  const changes: Change[][] = versions.slice(1).map(() => []);
  for (const {newer, was, is, from, to, page} of versionSteps(input)) {
    const change = changeOf(from, to, taxonomy);
    if (change) {
      const entry = (is ?? was)!;
      const anchor = is?.anchor ?? (to !== undefined ? page ?? '' : was!.anchor);
      changes[newer]!.push(changeRecord(change, entry, {from, to}, anchor));
    }
  }
  return changes.map((list, newer) => ({
    label: versions[newer]!.label,
    previous: versions[newer + 1]!.label,
    versions: {from: versions[newer + 1]!.name, to: versions[newer]!.name},
    changes: sorted(list, taxonomy),
  }));
}

/**
 * Without versioned docs: each registry item's history, step by step, and
 * each other item new at its `since`; one release per version or date,
 * newest first.
 */
export function historyReleases(entries: readonly IndexEntry[], taxonomy: Taxonomy): Release[] {
  const byRelease = new Map<string, Change[]>();
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = entry.ref === undefined ? identity(entry) : registryKey(entry);
    if (seen.has(key)) {
      continue; // a registry item mentioned on several pages: once
    }
    seen.add(key);
    const steps = entry.history ?? (entry.since ? [{level: entry.level, since: entry.since}] : []);
    steps.forEach((step, index) => {
      const change = changeOf(steps[index - 1]?.level, step.level, taxonomy);
      if (change && step.since) {
        const changes = byRelease.get(step.since) ?? [];
        changes.push(changeRecord(change, entry, {from: steps[index - 1]?.level, to: step.level}, entry.anchor));
        byRelease.set(step.since, changes);
      }
    });
  }
  // One release per version or date however it is written (`2.0`, `v2.0`), newest first.
  return groupReleases([...byRelease.keys()]).map(({label, values}) => ({
    label,
    ...(DATE_PATTERN.test(label) ? {date: label} : {}),
    changes: sorted([...values].flatMap((value) => byRelease.get(value)!), taxonomy),
  }));
}

/** By kind (the taxonomy's order), then by what changed, then by title. */
function sorted(changes: Change[], taxonomy: Taxonomy): Change[] {
  const kind = (id: string) => taxonomy.kinds.findIndex((candidate) => candidate.id === id);
  return changes.sort(
    (a, b) =>
      kind(a.kind) - kind(b.kind) ||
      CHANGE_KINDS.indexOf(a.change) - CHANGE_KINDS.indexOf(b.change) ||
      a.title.localeCompare(b.title) ||
      scopeLabel(a.scope).localeCompare(scopeLabel(b.scope)),
  );
}

/**
 * The releases a name picks: one (`2.x`), or one pair of docs versions
 * (`1.0..2.x`), by their labels or, whatever a locale calls them, their names
 * (`1.0..current`); none when the site has no such release.
 */
export function releasesNamed(releases: readonly Release[], name: string): Release[] {
  const [from, to] = name.includes('..') ? name.split('..') : [undefined, name];
  // A label that is a version matches however it is written (`v2.0` is `2.0`).
  const same = (written: string | undefined, asked: string | undefined) => written === asked || (written !== undefined && asked !== undefined && sameRelease(written, asked));
  const is = (release: Release, [previous, label]: [string | undefined, string]) => same(label, to) && (from === undefined || same(previous, from));
  return releases.filter((release) => is(release, [release.previous, release.label]) || (release.versions !== undefined && is(release, [release.versions.from, release.versions.to])));
}

/** How each release is named: `1.0..2.x` between docs versions, else its label. */
export function releaseNames(releases: readonly Release[]): string[] {
  return releases.map((release) => (release.previous ? `${release.previous}..${release.label}` : release.label));
}

/** The site's releases: between its docs versions when it has several, else along histories and since values. */
export function releasesOf(input: ReleaseInput): Release[] {
  return input.versions.length > 1 ? versionReleases(input) : historyReleases(input.entries, input.taxonomy);
}
