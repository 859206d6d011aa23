/**
 * What an item is, as every stage passes it on: the item a page or the
 * registry declares, and the index entry the site lists. Each field is
 * described once, in model/schema.ts, whose table must have exactly these
 * keys; the readers, outputs and props are made from that table.
 */
import {reachedBy} from './versions';
import type {Place, Point} from './problems';
import type {RegistrySource} from './sources';

/**
 * An item's scope: one value per key its kind `requires` (a model class's
 * framework and workload, a service's region), in that order.
 */
export type Scope = Readonly<Record<string, string>>;

/** How an item is written; `registry` items are defined there and mentioned by no page. */
export type ItemForm = 'container' | 'heading' | 'statement' | 'page' | 'registry';

/** An item's registry history: its levels so far, oldest first (the last is its current level). */
export interface HistoryEntry {
  level: string;
  since?: string;
}

/** One item of the site, as the index page, the lists, the JSON and the CLI show it. */
export interface IndexEntry {
  id: string;
  title: string;
  kind: string;
  level: string;
  /** The page's permalink. */
  permalink: string;
  /** The link to the item: `permalink#id`. */
  anchor: string;
  /** The source file, relative to the site directory. */
  source: string;
  /** The page's title. */
  page: string;
  since?: string;
  /** A retired item: the version or date it goes away in, and what to use instead (as written). */
  removal?: string;
  replacement?: string;
  /** From the registry: the item's levels so far, oldest first. */
  history?: HistoryEntry[];
  /** One value per key its kind requires: framework and workload for a model class. */
  scope?: Scope;
  /** Docs version name, when the docs have several versions. */
  version?: string;
  /** The doc id of its page (docs only): the same page in every docs version. */
  docId?: string;
  /** How the item is written: a callout, a heading, a statement, the page's front matter, or only the registry. */
  form: ItemForm;
  /** The registry id the item refers to. */
  ref?: string;
  /** From the registry. */
  description?: string;
  /** From the registry: when the item's level is due for review. */
  review?: string;
  /** Why the item is overdue (maxPreviewAge or review date), if it is. */
  stale?: string;
  /** What is overdue: the review date, the time in preview, or a retired item's removal. */
  staleBy?: 'review' | 'age' | 'removal';
  /** With `newFor`: the release or date its current level began in, when that is recent. */
  newIn?: string;
}

/** The fields a page declares of an item (the others are where it is, or what the site works out). */
export type ItemFields = Pick<IndexEntry, 'id' | 'title' | 'kind' | 'level' | 'since' | 'removal' | 'replacement' | 'scope' | 'form' | 'ref'>;

/** A classified item as its page declares it, and where it is written (1-based). */
export interface ClassificationItem extends ItemFields, Point {}

/** One cell of an item classified per scope (a model class per framework × workload). */
export interface RegistryCell {
  scope: Scope;
  level: string;
}

/** An item of the registry (`classification.yml`, JSON). */
export interface RegistryItem {
  id: string;
  title: string;
  kind: string;
  /** The level; absent for kinds classified per scope (`levels`). */
  level?: string;
  levels?: RegistryCell[];
  since?: string;
  removal?: string;
  replacement?: string;
  history?: HistoryEntry[];
  /** ISO date by which a preview item should be reviewed. */
  review?: string;
  /** Doc id of the item's page. */
  page?: string;
  description?: string;
  /** The registry file (or source: TypeDoc's JSON, an OpenAPI document…) that defines it, and where in it, for messages. */
  file: string;
  place: Place;
  /** Where its `replacement` is written, for what only the whole site can check of it (that it names something). */
  replacementPlace?: Place;
}

/**
 * A registry item as it stood in the docs of one version (`at`, as since
 * values are written): its history up to that version, its level and since
 * there. Before its first step, its first step; a retired item's removal and
 * replacement only where it is retired. Undefined `at` (no docs versions, an
 * unnumbered "Next"): the item as it is now.
 */
export function registryItemAt(item: RegistryItem, at: string | undefined): RegistryItem {
  const history = item.history;
  if (at === undefined || !history) {
    return item;
  }
  const later = history.findIndex((step) => step.since !== undefined && !reachedBy(step.since, at));
  if (later === -1) {
    return item;
  }
  const steps = history.slice(0, Math.max(1, later));
  const {removal: _removal, replacement: _replacement, since: _since, ...rest} = item;
  const last = steps.at(-1)!;
  return {...rest, level: last.level, history: steps, ...(last.since !== undefined ? {since: last.since} : {})};
}

/** The items of the registry's files and sources (the `registry` option: one, or a list), each defined once. */
export interface Registry {
  sources: readonly RegistrySource[];
  items: ReadonlyMap<string, RegistryItem>;
}

/** A registry as read: none when no file of it could be read as one; its problems as formatted `file:line:column: …` lines. */
export interface LoadedRegistry {
  registry?: Registry;
  problems: string[];
}

/** An item's scope from what is written (attributes, front matter keys, a registry cell): the values of its kind's keys that are set. */
export function scopeFrom(requires: readonly string[], values: Readonly<Record<string, unknown>>): Scope | undefined {
  const set = requires.filter((key) => typeof values[key] === 'string' && values[key] !== '');
  return set.length > 0 ? Object.fromEntries(set.map((key) => [key, values[key] as string])) : undefined;
}

/** Whether a cell or an item is of this scope: the same value for each key. */
export function sameScope(a: Scope | undefined, b: Scope | undefined): boolean {
  return scopeKey(a) === scopeKey(b);
}

/**
 * A scope as one key, the same whatever order its record was built in: the
 * identity of a registry item's cell, of an item across versions.
 */
export function scopeKey(scope: Scope | undefined): string {
  return Object.keys(scope ?? {})
    .sort()
    .map((key) => `${key}=${scope![key]}`)
    .join('\u0000');
}

/** What a registry id may not hold: a control or invisible format character, a line separator, a space other than U+0020. */
export const ID_FAULT = /[\p{Cc}\p{Cf}\u2028\u2029]|[^\S ]/u;

/** Whether a registry id can be taken: one line of text, as code names it, with no space at either end, no ID_FAULT, and not the name objects reserve. */
export function isRegistryId(id: string): boolean {
  return id !== '' && id.trim() === id && !ID_FAULT.test(id) && id !== '__proto__';
}

/** What an anchor keeps as written: a registry id made only of it is its own anchor. */
const PLAIN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * The anchor of a registry id, which is a name as code writes it: the id
 * itself when it is plain (`nxd`, `fs.promises.readFile`); else its runs of
 * other characters as "-", then "-" and a hash of the whole id
 * (`GET /pets/{id}` → `GET-pets-id-` and 7 characters), so that it stays the
 * same from build to build and two ids never share one.
 */
export function anchorOfId(id: string): string {
  if (PLAIN_ID.test(id)) {
    return id;
  }
  const readable = id.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[._-]+|[._-]+$/g, '');
  // FNV-1a over the UTF-16 code units: the same in every realm (model/ runs in the browser too).
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193) >>> 0;
  }
  return `${readable || 'item'}-${hash.toString(36).padStart(7, '0')}`;
}

/**
 * The id of an item that is not given one: a registry item's anchor
 * (anchorOfId; with its scope, for a cell), else the slug of its title (and
 * scope). `slug` is the site's slugger, so ids read like the headings' ids
 * beside them.
 */
export function itemId(item: {ref?: string; title: string; scope?: Scope}, slug: (text: string) => string): string {
  const scope = Object.values(item.scope ?? {});
  if (item.ref !== undefined && scope.length === 0) {
    return anchorOfId(item.ref);
  }
  // A cell of an id that is a code name: the id's anchor, so that two ids the slugger reads alike keep apart.
  if (item.ref !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(item.ref)) {
    return `${anchorOfId(item.ref)}-${slug(scope.join(' '))}`;
  }
  return slug([item.ref ?? item.title, ...scope].join(' ')) || 'item';
}

/** A registry item's cell (or the item), wherever it is mentioned. */
export function registryKey(entry: {ref?: string; scope?: Scope}): string {
  return `ref\u0000${entry.ref}\u0000${scopeKey(entry.scope)}`;
}
