/**
 * Whether a page can hold anything collect() reads, decided from its text
 * without parsing it: the scan skips the others, and the remark plugin only
 * looks at their links.
 */
import {DIRECTIVE, FRONT_MATTER, hasOwnKey} from '../vocabulary';
import type {Taxonomy} from '../taxonomy';

/**
 * In the source a level directive (`:beta`, `::beta`, `:::beta` all contain
 * ":beta"), an own directive (all contain ":classification"), or a line
 * starting with "classification" (our front matter keys); or a key of ours
 * in the given front matter, for pages whose front matter is not in the text
 * (or is parsed otherwise). A page without any has no item, badge, table or
 * problem; a page that merely says "image classification" passes over.
 */
export function mayClassify(source: string, frontMatter: Record<string, unknown>, taxonomy: Taxonomy): boolean {
  return (
    hasOwnKey(frontMatter) ||
    source.includes(`:${DIRECTIVE.ref}`) ||
    source.startsWith(FRONT_MATTER.level) ||
    source.includes(`\n${FRONT_MATTER.level}`) ||
    taxonomy.levels.some((level) => source.includes(`:${level.id}`))
  );
}
