/** Our remark plugin alone on a parsed file, and helpers over its results. */
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {toString} from 'mdast-util-to-string';
import remarkClassification from 'docusaurus-plugin-classification/remark';
import type {Root} from 'mdast';

export function parse(content: string, filePath: string): Root {
  return parser(filePath).parse(new VFile({value: content, path: filePath})) as Root;
}

function parser(filePath: string) {
  const base = unified().use(remarkParse);
  const withMdx = path.extname(filePath) === '.mdx' ? base.use(remarkMdx) : base;
  return withMdx.use(remarkFrontmatter).use(remarkDirective).use(remarkGfm);
}

/** Parses and runs only the classification plugin. */
export async function transform(
  content: string,
  filePath: string,
  options?: remarkClassification.Options,
): Promise<Root> {
  const processor = parser(filePath).use(remarkClassification, options);
  const file = new VFile({value: content, path: filePath});
  return (await processor.run(processor.parse(file), file)) as Root;
}

export interface Anchor {
  id: string;
  level: string;
  kind: string;
}

export interface RenderedItem extends Anchor {
  /** What the reader sees as the item's name. */
  title: string;
}

/** Elements of a final tree that carry an item id and its DOM hooks. */
export function anchors(tree: Root): Anchor[] {
  return renderedItems(tree).map(({id, level, kind}) => ({id, level, kind}));
}

/**
 * Items as rendered: headings carrying the hooks (their text without the
 * badge), and callouts and banners (their title prop). A callout anchored on
 * the heading above it is counted once, at that heading, with its own title.
 */
export function renderedItems(tree: Root, partials: Record<string, RenderedItem[]> = {}): RenderedItem[] {
  const found: RenderedItem[] = [];
  visit(tree, (node, _index, parent) => {
    // A statement: its text, else the sentence it stands in.
    if (node.type === 'mdxJsxTextElement' && node.name === '_ClassificationStatement') {
      const attribute = (name: string) => node.attributes.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === name)?.value;
      const text = node.children.length > 0 ? toString(node) : toString((parent?.children ?? []).filter((child) => child !== node));
      found.push({id: String(attribute('id')), level: String(attribute('level')), kind: String(attribute('kind')), title: text.replace(/\s+/g, ' ').trim()});
    }
    // A partial's items render where the page renders the partial.
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && partials[node.name]) {
      found.push(...partials[node.name]!);
    }
    if (node.type === 'heading') {
      const properties = (node.data?.hProperties ?? {}) as Record<string, unknown>;
      if (typeof properties['data-classification-level'] === 'string') {
        const text = toString(node.children.filter((child) => child.type !== 'mdxJsxTextElement'));
        found.push({
          id: String(properties.id),
          level: String(properties['data-classification-level']),
          kind: String(properties['data-classification-kind']),
          title: text.trim(),
        });
      }
    }
    if (node.type === 'mdxJsxFlowElement' && /^_Classification(Callout|Banner)$/.test(node.name ?? '')) {
      const attribute = (name: string) =>
        node.attributes.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === name)?.value;
      const entry = {
        id: String(attribute('id')),
        level: String(attribute('level')),
        kind: String(attribute('kind')),
        title: String(attribute('title')),
      };
      if (typeof attribute('id') === 'string') {
        found.push(entry);
      } else {
        // Anchored on the heading just before it: that heading stands for this item.
        const anchor = found.at(-1);
        if (anchor && anchor.level === entry.level && anchor.kind === entry.kind) {
          anchor.title = entry.title;
        } else {
          found.push({...entry, id: '(missing)'});
        }
      }
    }
  });
  return found;
}
