/**
 * Where the registry's items come from: files written by hand (YAML, JSON),
 * or sources where code already declares maturity: TypeDoc's JSON, API
 * Extractor's `.api.json`, an OpenAPI document, a module of the site's own.
 * Each source's markers (TSDoc tags, release tags, OpenAPI's stability
 * values) mean a level through its `levels` map, written once here with its
 * defaults and its check against the taxonomy.
 */
import type {Level} from './taxonomy';

/** The sources the `registry` option takes besides files, by their key in an entry: `{typedoc: 'api/typedoc.json'}`. */
export const SOURCE_TYPES = ['typedoc', 'apiExtractor', 'openapi', 'module'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** A marker mapped to a level id, or `false`: its items are left out (`@internal`). */
export type LevelMap = Readonly<Record<string, string | false>>;

/** A source entry of the `registry` option as written. */
export type RegistrySourceOption = Partial<Record<SourceType, string>> & {
  /** What each marker means (merged over the source's defaults). */
  levels?: Record<string, string | false>;
  /** The kind of its items. (default: `'api'`) */
  kind?: string;
  /** The doc id folder its generated pages are in (docusaurus-plugin-typedoc's `out`, OpenAPI docs' `outputDir`): each item gets its page there. */
  pages?: string;
  /** The release this file describes: sources of one type with a release each make each item's history. */
  release?: string;
};

/** An entry of the `registry` option: a registry file, or a source. */
export type RegistryEntryOption = string | RegistrySourceOption;

/** A registry entry, normalized: what it is, its path (relative to the site; for `apiExtractor` maybe a glob), and for a source its map, kind and pages. */
export interface RegistrySource {
  type: 'file' | SourceType;
  path: string;
  levels: LevelMap;
  kind: string;
  pages?: string;
  release?: string;
}

/** The kind of a source's items when its entry sets none. */
export const DEFAULT_SOURCE_KIND = 'api';

/** The markers each source writes: what its `levels` map may name. A TypeDoc project may define more modifier tags (`@preview`). */
export const SOURCE_MARKERS: Record<SourceType, {markers: readonly string[]; more?: RegExp; what: string}> = {
  typedoc: {markers: ['@alpha', '@beta', '@experimental', '@public', '@internal', '@deprecated'], more: /^@[a-z][A-Za-z0-9]*$/, what: 'a TSDoc modifier tag'},
  apiExtractor: {markers: ['@alpha', '@beta', '@public', '@internal', '@deprecated'], what: 'a release tag'},
  openapi: {markers: ['alpha', 'beta', 'experimental', 'stable', 'deprecated'], more: /^[A-Za-z][\w-]*$/, what: 'an x-stability-level value, or deprecated'},
  module: {markers: [], what: 'nothing: a module returns levels'},
};

/**
 * The default meaning of each marker in a taxonomy: a level of the same
 * name, else `@alpha`/`@experimental` the first preview level and `@beta`
 * the last; `@public`/`stable` the default level; `@deprecated` the first
 * retired level; `@internal` left out.
 */
export function defaultLevelMap(type: SourceType, levels: readonly Level[], defaultLevel: string): LevelMap {
  const preview = levels.filter((level) => level.phase === 'preview');
  const retired = levels.find((level) => level.phase === 'retired');
  const named = (name: string, fallback: Level | undefined) => (levels.some((level) => level.id === name) ? name : (fallback?.id ?? defaultLevel));
  const meaning: Record<string, string | false> = {
    alpha: named('alpha', preview[0]),
    beta: named('beta', preview.at(-1)),
    experimental: preview[0]?.id ?? defaultLevel,
    public: defaultLevel,
    stable: defaultLevel,
    internal: false,
    deprecated: retired?.id ?? false,
  };
  return Object.fromEntries(SOURCE_MARKERS[type].markers.map((marker) => [marker, meaning[marker.replace(/^@/, '')]!]));
}

/**
 * What is wrong with a source's `levels` map, as one line for the option's
 * error; undefined when every marker is one the source writes and every
 * level one of the taxonomy's.
 */
export function levelMapMistake(type: SourceType, map: LevelMap, levels: readonly Level[]): string | undefined {
  const {markers, more, what} = SOURCE_MARKERS[type];
  for (const [marker, level] of Object.entries(map)) {
    if (!markers.includes(marker) && !more?.test(marker)) {
      return `maps "${marker}", which is not ${what}; expected one of ${markers.join(', ')}`;
    }
    if (level !== false && !levels.some((candidate) => candidate.id === level)) {
      return `maps "${marker}" to "${level}", which is no level; expected one of ${levels.map((candidate) => candidate.id).join(', ')}, or false to leave its items out`;
    }
  }
  return undefined;
}

/** A registry file or source as the readers take it: a path alone is a file. */
export type RegistryInput = string | RegistrySource;

export function sourceOf(input: RegistryInput): RegistrySource {
  return typeof input === 'string' ? {type: 'file', path: input, levels: {}, kind: DEFAULT_SOURCE_KIND} : input;
}

/** Whether two sources with a release are releases of one series: one type of source, one folder of pages (read/registry/releases.ts). */
export function sameSeries(a: RegistrySource, b: RegistrySource): boolean {
  return a.release !== undefined && b.release !== undefined && a.type === b.type && a.pages === b.pages;
}
