/**
 * Sources of several releases (`{typedoc: 'api/1.0.json', release: '1.0'}`,
 * `{typedoc: 'api/2.0.json', release: '2.0'}`): each release's file says
 * what the code declared then, so an item's `history` is its level in each
 * release, oldest first, a step where the level changed, and the docs of
 * each version show the item as it stood there (registryItemAt). The items
 * are those of the newest release; what an older release declared of an
 * item no longer there is gone with it. The history meets the registry's
 * checks: a level that went back (Stable, then Beta) is an error at the
 * item in the newest source.
 */
import {compareSince} from '../../model/versions';
import {sourceItems} from './sources';
import type {SourceEntry, SourceItems} from './sources/document';
import type {RegistrySource, SourceType} from '../../model/sources';
import type {Taxonomy} from '../../model/taxonomy';

/** A source with the release its file describes. */
export type ReleaseSource = RegistrySource & {type: SourceType; release: string};

/** The newest release's files, their items each with its history; and the older releases' files (whose problems are theirs). */
export function releaseItems(
  sources: readonly ReleaseSource[],
  texts: readonly string[],
  taxonomy: Taxonomy,
): {newest: {source: ReleaseSource; items: SourceItems}[]; older: {source: ReleaseSource; items: SourceItems}[]} {
  // Oldest first (the option checked that the releases compare); the files of one release (a glob's) read as one.
  const read = sources
    .map((source, index) => ({source, items: sourceItems(source, texts[index]!, taxonomy)}))
    .sort((a, b) => compareSince(a.source.release, b.source.release) ?? 0);
  const newestRelease = read.at(-1)!.source.release;
  const newest = read.filter(({source}) => compareSince(source.release, newestRelease) === 0);
  const levels = new Map<string, {level: unknown; since: string}[]>();
  for (const {source, items} of read) {
    for (const entry of items.entries) {
      const steps = levels.get(entry.id) ?? levels.set(entry.id, []).get(entry.id)!;
      const last = steps.at(-1);
      if (last?.since === source.release) {
        continue; // an id two files of one release give: the first's (the newest release's are reported as defined twice)
      }
      if (last?.level !== entry.fields.level) {
        steps.push({level: entry.fields.level, since: source.release});
      }
    }
  }
  const withHistory = (entry: SourceEntry): SourceEntry => {
    const history = levels.get(entry.id)!;
    // A tag's @since says when the item came, which is when its one level began; after a change, the history says.
    const {since, ...fields} = entry.fields;
    return {...entry, fields: history.length > 1 ? {...fields, history} : {...fields, since: since ?? history[0]!.since}};
  };
  return {
    newest: newest.map(({source, items}) => ({source, items: {entries: items.entries.map(withHistory), problems: items.problems}})),
    older: read.slice(0, read.length - newest.length),
  };
}
