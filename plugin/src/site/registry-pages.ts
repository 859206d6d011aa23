/**
 * Pages that cannot be edited (an API reference docusaurus-plugin-typedoc or
 * docusaurus-plugin-openapi-docs generates). A registry item's `page` is a
 * doc id, maybe with a heading (`api/classes/Widget#render`):
 * - an item that names a doc makes that page the item when the page
 *   classifies nothing itself (no item, no problem, no key of ours in its
 *   front matter), as if its front matter said `classification_ref: <id>`;
 *   a page that mentions items keeps what it says (`page` then only links
 *   the index to it); an item classified per scope (a model class) is no
 *   page's item; when two items name one page, the first is its item;
 * - an item that names a heading makes that heading the item when it is a
 *   plain heading (no level of its own), as if it said
 *   `:classification{ref=<id>}`: the heading whose id, without the suffix
 *   Docusaurus gives a repeated heading, is the slug of the name after "#".
 */
import {frontMatterKey, hasOwnKey} from '../model/names';
import type {Registry} from '../model/item';

/** What a registry's items name: doc id → the item whose page it is, and → the items of its headings (name after "#" → item id). */
export interface RegistryPages {
  pages: ReadonlyMap<string, string>;
  headings: ReadonlyMap<string, Readonly<Record<string, string>>>;
}

/**
 * A `page` value: the doc id, and the heading after the last "#" when there
 * is one. A doc id may hold "#" itself (`guides/c#`): what follows the last
 * "#" is a heading only when it is not empty and holds no "/".
 */
export function pageTarget(page: string): {docId: string; heading?: string} {
  const hash = page.lastIndexOf('#');
  const heading = hash === -1 ? '' : page.slice(hash + 1);
  return heading === '' || heading.includes('/') ? {docId: page} : {docId: page.slice(0, hash), heading};
}

const pagesOf = new WeakMap<Registry, RegistryPages>();

/** The pages and headings a registry's items name, built once per registry. */
export function registryPages(registry: Registry): RegistryPages {
  let found = pagesOf.get(registry);
  if (!found) {
    const pages = new Map<string, string>();
    const headings = new Map<string, Record<string, string>>();
    for (const item of registry.items.values()) {
      if (item.page === undefined || item.levels !== undefined) {
        continue;
      }
      const {docId, heading} = pageTarget(item.page);
      if (heading === undefined) {
        pages.set(docId, pages.get(docId) ?? item.id);
      } else {
        const named = headings.get(docId) ?? headings.set(docId, {}).get(docId)!;
        // Own keys only: a member named "constructor" is no Object's.
        if (!Object.hasOwn(named, heading)) {
          named[heading] = item.id;
        }
      }
    }
    found = {pages, headings};
    pagesOf.set(registry, found);
  }
  return found;
}

/**
 * Whether the registry names a doc, or may name it: an item's page or a
 * heading of it, or a doc in the folder of a source's generated pages (a
 * new page there may be an item's). Such a page depends on the registry as
 * one that mentions it does (docusaurus/registry-loader.ts).
 */
export function namesDoc(registry: Registry, docId: string): boolean {
  const {pages, headings} = registryPages(registry);
  return pages.has(docId) || headings.has(docId) || registry.sources.some((source) => source.pages !== undefined && docId.startsWith(`${source.pages}/`));
}

/** What the registry names of a doc: the item whose page it is, and the items of its headings. */
export interface NamedPage {
  ref?: string;
  headings?: Readonly<Record<string, string>>;
}

/** What a registry names of one doc (registryPages). */
export function registryPageOf(registry: Registry, docId: string): NamedPage {
  const {pages, headings} = registryPages(registry);
  const [ref, named] = [pages.get(docId), headings.get(docId)];
  return {...(ref !== undefined ? {ref} : {}), ...(named ? {headings: named} : {})};
}

/**
 * How to read again a page the registry names, after what it gave itself
 * (`own`; undefined when its text plainly classifies nothing): as the item
 * whose page it is when it classifies nothing itself (no item, no problem,
 * no key of ours in its front matter), with the items of its headings;
 * undefined to keep what it gave. The scan (site/snapshot.ts) and the
 * compile (docusaurus/remark.ts) read a page so.
 */
export function registryReading(
  own: {items: readonly unknown[]; problems: readonly unknown[]} | undefined,
  frontMatter: Record<string, unknown>,
  {ref, headings}: NamedPage,
): {frontMatter: Record<string, unknown>; headings?: Readonly<Record<string, string>>} | undefined {
  const classifiesNothing = own === undefined || (own.items.length === 0 && own.problems.length === 0 && !hasOwnKey(frontMatter));
  const asItem = ref !== undefined && classifiesNothing;
  if (!asItem && !headings) {
    return undefined;
  }
  return {frontMatter: asItem ? {...frontMatter, [frontMatterKey('ref')]: ref} : frontMatter, ...(headings ? {headings} : {})};
}
