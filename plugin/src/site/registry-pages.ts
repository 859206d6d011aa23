/**
 * Pages that cannot be edited (an API reference docusaurus-plugin-typedoc or
 * docusaurus-plugin-openapi-docs generates): a registry item that names a
 * doc as its `page` makes that page the item when the page classifies
 * nothing itself (no item, no problem, no key of ours in its front matter),
 * as if its front matter said `classification_ref: <id>`: the page gets the
 * item's banner, notice and sidebar badge without a line written in it. A
 * page that mentions items keeps what it says (the registry's `page` then
 * only links the index to it); an item classified per scope (a model class)
 * is no page's item; when two items name one page, the first is its item.
 */
import {frontMatterKey, hasOwnKey} from '../model/names';
import type {Registry} from '../model/item';

/** Doc id → the id of the item whose page it is. */
export type RegistryPages = ReadonlyMap<string, string>;

const pagesOf = new WeakMap<Registry, RegistryPages>();

/** The pages a registry's items name, built once per registry. */
export function registryPages(registry: Registry): RegistryPages {
  let pages = pagesOf.get(registry);
  if (!pages) {
    const built = new Map<string, string>();
    for (const item of registry.items.values()) {
      if (item.page !== undefined && item.levels === undefined && !built.has(item.page)) {
        built.set(item.page, item.id);
      }
    }
    pagesOf.set(registry, built);
    pages = built;
  }
  return pages;
}

/** A page that classifies nothing itself: no item, no problem, no key of ours in its front matter. */
export function classifiesNothing(read: {items: readonly unknown[]; problems: readonly unknown[]}, frontMatter: Record<string, unknown>): boolean {
  return read.items.length === 0 && read.problems.length === 0 && !hasOwnKey(frontMatter);
}

/** The front matter a page is read with as the registry item `ref`. */
export function asRegistryPage(frontMatter: Record<string, unknown>, ref: string): Record<string, unknown> {
  return {...frontMatter, [frontMatterKey('ref')]: ref};
}
