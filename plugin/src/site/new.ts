/**
 * "New": an item whose current level began within `newFor` — a time counted
 * from the date its level began, or a number of releases (the last docs
 * versions, or without versioned docs the newest version `since` values).
 * Retired items are never new: what they show is their removal. Computed at
 * each build from today's date, so it goes by itself.
 */
import {registryKey, type IndexEntry} from '../model/item';
import {phaseLevelIds} from '../model/taxonomy';
import {ageInDays, daysBetween, groupReleases, isDate, isVersion} from '../model/versions';
import {changeOf, versionSteps, type ReleaseInput} from './releases';

/** When the item's current level began, as written: its registry history's last step, else its `since`. */
function began(entry: IndexEntry): string | undefined {
  const last = entry.history?.at(-1);
  return last?.level === entry.level && last.since ? last.since : entry.since;
}

/** Sets `newIn` (the release or date the current level began) on the entries that are new. */
export function markNew(input: ReleaseInput & {entries: IndexEntry[]; newFor: string | number; now: string}): void {
  const {entries, newFor, now, taxonomy, versions} = input;
  const retired = phaseLevelIds(taxonomy.levels, 'retired');
  const candidates = entries.filter((entry) => !retired.has(entry.level));
  if (typeof newFor === 'string') {
    const days = ageInDays(newFor);
    for (const entry of candidates) {
      const date = began(entry);
      if (date !== undefined && isDate(date) && date <= now && daysBetween(date, now) <= days) {
        entry.newIn = date;
      }
    }
    return;
  }
  if (versions.length > 1) {
    // Version index → item → the newest version whose level differs from the one before, walking from the oldest.
    const changedIn = new Map<number, Map<string, number>>();
    const steps = [...versionSteps(input)];
    for (let newer = versions.length - 2; newer >= 0; newer -= 1) {
      const known = new Map<string, number>();
      for (const step of steps.filter((candidate) => candidate.newer === newer && candidate.is)) {
        const earlier = changedIn.get(newer + 1)?.get(step.key);
        const changed = changeOf(step.from, step.to, taxonomy) !== undefined;
        if (changed || earlier !== undefined) {
          known.set(step.key, changed ? newer : earlier!);
        }
      }
      changedIn.set(newer, known);
    }
    // The window counts from the version readers see by default; newer ones (an unreleased "Next") are in it.
    const last = Math.max(0, versions.findIndex((version) => version.isLast));
    for (const step of steps) {
      const at = step.is && !retired.has(step.is.level) ? changedIn.get(step.newer)?.get(step.key) : undefined;
      if (at !== undefined && at < last + newFor) {
        step.is!.newIn = versions[at]!.label;
      }
    }
    return;
  }
  // The newest releases, however each is written (`2.0` and `v2.0` are one).
  const releases = groupReleases(candidates.map(began).filter((since): since is string => since !== undefined && isVersion(since))).slice(0, newFor);
  for (const entry of candidates) {
    const since = began(entry);
    const release = since === undefined ? undefined : releases.find(({values}) => values.has(since));
    if (release) {
      entry.newIn = release.label;
    }
  }
}

/** What the pages' compiles ask: is this item of this file new? */
export class NewItems {
  private readonly byAnchor = new Map<string, string>();
  private readonly byRegistryItem = new Map<string, string>();
  /** For partials, which are no page: by id and title, and registry items whatever their version. */
  private readonly byIdAndTitle = new Map<string, string>();
  private readonly byRegistryKey = new Map<string, string>();
  private readonly permalinks: Map<string, string>;

  constructor(entries: readonly IndexEntry[], pages: readonly {filePath: string; permalink: string}[]) {
    this.permalinks = new Map(pages.map((page) => [page.filePath, page.permalink]));
    for (const entry of entries) {
      if (entry.newIn === undefined) {
        continue;
      }
      if (entry.ref === undefined) {
        this.byAnchor.set(entry.anchor, entry.newIn);
        this.byIdAndTitle.set(`${entry.id}\u0000${entry.title}`, entry.newIn);
      } else {
        // A registry item is indexed once per version, wherever it is mentioned.
        this.byRegistryItem.set(`${registryKey(entry)}\u0000${entry.version ?? ''}`, entry.newIn);
        this.byRegistryKey.set(registryKey(entry), entry.newIn);
      }
    }
  }

  /**
   * The release or date the item's level began in, when it is new. A
   * partial's item is new when an item of that id and title is, on a page
   * that renders it (the index lists it there).
   */
  of(filePath: string | undefined, version: string | undefined, item: Pick<IndexEntry, 'id' | 'title' | 'ref' | 'scope'>): string | undefined {
    const permalink = filePath === undefined ? undefined : this.permalinks.get(filePath);
    if (item.ref !== undefined) {
      return permalink === undefined ? this.byRegistryKey.get(registryKey(item)) : this.byRegistryItem.get(`${registryKey(item)}\u0000${version ?? ''}`);
    }
    return permalink === undefined ? this.byIdAndTitle.get(`${item.id}\u0000${item.title}`) : this.byAnchor.get(`${permalink}#${item.id}`);
  }
}
