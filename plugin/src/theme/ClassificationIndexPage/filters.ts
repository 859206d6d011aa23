/**
 * The index page's filters: what they are, where they live (the URL query),
 * what a pass over the entries counts, and the hooks that keep unchanged
 * groups from rendering again on a keystroke.
 */
import {useCallback, useEffect, useRef, useState} from 'react';
import {useLocation} from '@docusaurus/router';
import type {Props} from '@theme/ClassificationIndexPage';

export type Data = Props['data'];
export type Entry = Data['entries'][number];

export interface Filters {
  kind: string;
  level: string;
  text: string;
  /** Docs version; entries of blog posts, pages and the registry have none and always show. */
  version: string;
}

/** An entry and its searchable fields, lowercased once. */
export interface Searchable {
  entry: Entry;
  /** The fields joined by line breaks, for one `includes` a keystroke. */
  text: string;
  fields: string[];
}

export function searchable(entry: Entry): Searchable {
  const fields = [entry.title, entry.page, ...Object.values(entry.scope ?? {}), entry.since]
    .filter(Boolean)
    .map((field) => field!.toLowerCase());
  return {entry, text: fields.join('\n'), fields};
}

/** Whether one of the fields contains `query` (trimmed and lowercased, not empty). */
export function contains(item: Searchable, query: string): boolean {
  // A query with a line break (only a URL can hold one) must not match across two fields.
  return query.includes('\n') ? item.fields.some((field) => field.includes(query)) : item.text.includes(query);
}

export const query = (filters: Filters): string => filters.text.trim().toLowerCase();
export const inVersion = (entry: Entry, version: string): boolean =>
  entry.version === undefined || !version || entry.version === version;

/** What one pass over the entries yields: the entries shown, and every count the filters display. */
export interface Tally {
  shown: Set<Entry>;
  /** Shown entries by `${kind}\n${level}`. */
  shownIn: Map<string, number>;
  /** Entries of the version, whatever the other filters. */
  total: number;
  /** Per kind (and all kinds), with the other filters applied; the same for levels and versions. */
  kinds: Map<string, number>;
  allKinds: number;
  levels: Map<string, number>;
  allLevels: number;
  versions: Map<string, number>;
  /** Entries without a version, counted in every version's figure. */
  unversioned: number;
}

export function tally(items: readonly Searchable[], filters: Filters): Tally {
  const text = query(filters);
  const result: Tally = {
    shown: new Set(),
    shownIn: new Map(),
    total: 0,
    kinds: new Map(),
    allKinds: 0,
    levels: new Map(),
    allLevels: 0,
    versions: new Map(),
    unversioned: 0,
  };
  const add = (map: Map<string, number>, key: string): void => {
    map.set(key, (map.get(key) ?? 0) + 1);
  };
  for (const item of items) {
    const {entry} = item;
    const ofKind = !filters.kind || entry.kind === filters.kind;
    const ofLevel = !filters.level || entry.level === filters.level;
    const hasText = !text || contains(item, text);
    if (ofKind && ofLevel && hasText) {
      if (entry.version === undefined) {
        result.unversioned += 1;
      } else {
        add(result.versions, entry.version);
      }
    }
    if (!inVersion(entry, filters.version)) {
      continue;
    }
    result.total += 1;
    if (!hasText) {
      continue;
    }
    if (ofLevel) {
      result.allKinds += 1;
      add(result.kinds, entry.kind);
    }
    if (ofKind) {
      result.allLevels += 1;
      add(result.levels, entry.level);
    }
    if (ofKind && ofLevel) {
      result.shown.add(entry);
      add(result.shownIn, `${entry.kind}\n${entry.level}`);
    }
  }
  return result;
}

const filtersOf = (search: string, defaultVersion: string): Filters => {
  const params = new URLSearchParams(search);
  return {
    kind: params.get('kind') ?? '',
    level: params.get('level') ?? '',
    text: params.get('q') ?? '',
    version: params.get('version') ?? defaultVersion,
  };
};

const sameFilters = (a: Filters, b: Filters): boolean =>
  a.kind === b.kind && a.level === b.level && a.text === b.text && a.version === b.version;

/**
 * Filters live in the URL query (`?kind=api&level=beta&q=trace`) so a view
 * can be shared. The server renders the full list (it cannot see the query);
 * the query applies once the page has hydrated, and again when the router
 * navigates (back/forward, a link to this page). The page writes the query
 * with `history.replaceState`, past the router: going through it would
 * render the whole app on every keystroke.
 */
export function useFilters(defaultVersion: string): [Filters, (filters: Filters) => void] {
  const location = useLocation();
  const [filters, setFilters] = useState<Filters>({kind: '', level: '', text: '', version: defaultVersion});
  useEffect(() => {
    // window.location, not the router's: the router does not see the page's own replaceState.
    const next = filtersOf(window.location.search, defaultVersion);
    setFilters((current) => (sameFilters(current, next) ? current : next));
  }, [location.key, location.pathname, location.search, defaultVersion]);
  const update = useCallback(
    (next: Filters): void => {
      setFilters(next);
      const params = new URLSearchParams();
      for (const [key, value] of [
        ['kind', next.kind],
        ['level', next.level],
        ['q', next.text],
        ['version', next.version === defaultVersion ? '' : next.version],
      ] as const) {
        if (value) {
          params.set(key, value);
        }
      }
      const search = params.toString();
      const {pathname, hash} = window.location;
      // The router's state (its location key) stays, so back/forward still work.
      window.history.replaceState(window.history.state, '', `${pathname}${search ? `?${search}` : ''}${hash}`);
    },
    [defaultVersion],
  );
  return [filters, update];
}

/**
 * The entries of a version grouped by kind then level, in the order of the
 * taxonomy: what the list renders. Filtering by kind, level or text only
 * hides entries; changing the version renders another list.
 */
export function groupsOf(entries: readonly Entry[], kinds: Data['kinds'], levels: Data['levels'], version: string) {
  const byGroup = new Map<string, Entry[]>();
  for (const entry of entries) {
    if (inVersion(entry, version)) {
      const key = `${entry.kind}\n${entry.level}`;
      const group = byGroup.get(key);
      if (group) {
        group.push(entry);
      } else {
        byGroup.set(key, [entry]);
      }
    }
  }
  return kinds
    .map((kind) => ({
      kind,
      levels: levels
        .map((level) => ({level, key: `${kind.id}\n${level.id}`, entries: byGroup.get(`${kind.id}\n${level.id}`) ?? []}))
        .filter((group) => group.entries.length > 0),
    }))
    .filter((section) => section.levels.length > 0);
}

interface Predicate {
  entries: readonly Entry[];
  flags: boolean[];
  isShown: (entry: Entry) => boolean;
}

/**
 * For each group, `isShown` for ClassificationEntries: the previous render's
 * function while the group shows the same entries, so that the group's list
 * does not render again; a keystroke renders only the lists it changes.
 */
export function usePredicates(groups: ReturnType<typeof groupsOf>, shown: ReadonlySet<Entry>): Map<string, (entry: Entry) => boolean> {
  const previous = useRef(new Map<string, Predicate>());
  const next = new Map<string, Predicate>();
  const isShown = (entry: Entry): boolean => shown.has(entry);
  for (const section of groups) {
    for (const {key, entries} of section.levels) {
      const flags = entries.map(isShown);
      const before = previous.current.get(key);
      const same =
        before !== undefined && before.entries === entries && before.flags.every((flag, index) => flag === flags[index]);
      next.set(key, same ? before : {entries, flags, isShown});
    }
  }
  useEffect(() => {
    previous.current = next;
  });
  return new Map(Array.from(next, ([key, value]) => [key, value.isShown]));
}

/** The matrix rows of each kind for the filters; an unchanged kind keeps its previous array. */
export function useMatrices(matrix: readonly Searchable[], filters: Filters): Map<string, Entry[]> {
  const previous = useRef(new Map<string, Entry[]>());
  const text = query(filters);
  const next = new Map<string, Entry[]>();
  for (const item of matrix) {
    const {entry} = item;
    // The matrix shows every level (Stable too): the level filter does not apply.
    if (
      inVersion(entry, filters.version) &&
      (!filters.kind || entry.kind === filters.kind) &&
      (!text || contains(item, text))
    ) {
      const list = next.get(entry.kind);
      if (list) {
        list.push(entry);
      } else {
        next.set(entry.kind, [entry]);
      }
    }
  }
  for (const [kind, list] of Array.from(next)) {
    const before = previous.current.get(kind);
    if (before && before.length === list.length && before.every((entry, index) => entry === list[index])) {
      next.set(kind, before);
    }
  }
  useEffect(() => {
    previous.current = next;
  });
  return next;
}

