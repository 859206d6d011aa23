/**
 * Whether a page can hold anything collect() reads, decided from its text
 * without parsing it: the reader skips the others, and the remark plugin
 * only looks at their links.
 */
import {hasOwnKey, OWN_PREFIX} from '../../model/names';
import type {Taxonomy} from '../../model/taxonomy';

/**
 * In the source a level directive (`:beta`, `::beta`, `:::beta` all contain
 * ":beta"), a directive of the plugin's own (all are in its namespace, so
 * contain ":classification": forms/index.ts refuses any other), or a line
 * starting with "classification" (our front matter keys); or a key of ours
 * in the given front matter, for pages whose front matter is not in the text
 * (or is parsed otherwise). A page without any has no item, badge, table or
 * problem; a page that merely says "image classification" passes over.
 */
export function mayClassify(source: string, frontMatter: Record<string, unknown>, taxonomy: Taxonomy): boolean {
  return (
    hasOwnKey(frontMatter) ||
    source.includes(`:${OWN_PREFIX}`) ||
    source.startsWith(OWN_PREFIX) ||
    source.includes(`\n${OWN_PREFIX}`) ||
    taxonomy.levels.some((level) => source.includes(`:${level.id}`))
  );
}
