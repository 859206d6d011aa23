/**
 * A page parsed as Docusaurus's MDX loader parses it: the same preprocessing
 * (mdx-loader's preprocessor.ts), the same syntax extensions, the same
 * format rules. tests/support/agreement.ts is this module's spec: on random
 * pages, what the reader finds here is what the compiled page renders.
 */
import path from 'node:path';
import {admonitionTitleToDirectiveLabel, escapeMarkdownHeadingIds, unwrapMdxCodeBlocks} from '../upstream/docusaurus';
import type {MarkdownConfig} from '@docusaurus/types';
import type {Root} from 'mdast' with {'resolution-mode': 'import'};

const MD_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkdn', '.mkd', '.mdwn', '.mkdown', '.ron']);

export type Format = 'md' | 'mdx';
export type Parse = (content: string, filePath: string) => Root;

/** A tree transform of remark-gfm's: turns bare URLs and e-mail addresses in text into links. */
const AUTOLINK_TRANSFORM = 'transformGfmAutolinkLiterals';

/**
 * The last plugin of the reader's parsers: it drops the GFM transform that
 * links bare URLs in text (a tenth of a page's parse). The reader reads no
 * link (only the remark plugin badges links, on the compiler's own tree), a
 * link's text is the text it replaces, and micromark still tokenizes the
 * URLs, so the same constructs are parsed: a `:beta` inside a URL stays text.
 */
function withoutAutolinkTransform(this: {data(): {fromMarkdownExtensions?: unknown[]}}): void {
  const data = this.data();
  type Extension = {transforms?: {name: string}[]};
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).flat().map((extension) => {
    const {transforms} = extension as Extension;
    return transforms?.some((transform) => transform.name === AUTOLINK_TRANSFORM)
      ? {...(extension as object), transforms: transforms.filter((transform) => transform.name !== AUTOLINK_TRANSFORM)}
      : extension;
  });
}

/** The page parsers, as mdx-loader configures micromark (without the tree transform above). */
export async function createParsers(markdown: MarkdownConfig): Promise<Record<Format, Parse>> {
  const [{createProcessor}, frontmatter, directive, gfm, comment, {VFile}] = await Promise.all([
    import('@mdx-js/mdx'),
    import('remark-frontmatter'),
    import('remark-directive'),
    import('remark-gfm'),
    import('@slorber/remark-comment'),
    import('vfile'),
  ]);
  const remarkPlugins = [frontmatter.default, directive.default, gfm.default, ...(markdown.mdx1Compat.comments ? [comment.default] : []), withoutAutolinkTransform];
  const make = (format: Format): Parse => {
    const processor = createProcessor({format, remarkPlugins});
    return (content, filePath) => processor.parse(new VFile({value: content, path: filePath})) as Root;
  };
  return {md: make('md'), mdx: make('mdx')};
}

/** The same preprocessing as mdx-loader's preprocessor.ts. */
export function preprocess(markdown: MarkdownConfig, fileContent: string, filePath: string, keywords: readonly string[]): string {
  let content = markdown.preprocessor ? markdown.preprocessor({fileContent, filePath}) : fileContent;
  content = unwrapMdxCodeBlocks(content);
  if (markdown.mdx1Compat.headingIds) {
    content = escapeMarkdownHeadingIds(content);
  }
  if (markdown.mdx1Compat.admonitions) {
    content = admonitionTitleToDirectiveLabel(content, [...keywords]);
  }
  return content;
}

/** Markdown or MDX: the page's `mdx.format`, else the site's `markdown.format`, else by its extension (`detect`). */
export function formatOf(markdown: MarkdownConfig, filePath: string, frontMatter: Record<string, unknown>): Format {
  const mdx = frontMatter.mdx as {format?: string} | undefined;
  const format = mdx?.format ?? markdown.format;
  if (format === 'md' || format === 'mdx') {
    return format;
  }
  return MD_EXTENSIONS.has(path.extname(filePath)) ? 'md' : 'mdx';
}
