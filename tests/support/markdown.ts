/** Parsing and serializing MDX for fixtures. */
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import remarkMdx from 'remark-mdx';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type {Root} from 'mdast';

const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkFrontmatter)
  .use(remarkDirective)
  .use(remarkGfm)
  .use(remarkStringify, {bullet: '-', emphasis: '_'});

/** The tree as MDX text: readable fixture output. */
export function toMdx(tree: Root): string {
  return processor.stringify(tree);
}
