/**
 * Runs Markdown through Docusaurus's real MDX pipeline (mdx-loader's
 * compileToJSX: the same preprocessing, remark plugins and order as a site
 * build) with the classification remark plugin first, and captures the final
 * mdast, the compiled JSX and the warnings Docusaurus printed.
 */
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {DEFAULT_MARKDOWN_CONFIG} from '@docusaurus/core/lib/server/configValidation.js';
import {compileToJSX} from '@docusaurus/mdx-loader/lib/utils.js';
import remarkClassification from 'docusaurus-plugin-classification/remark';

type RemarkOptions = remarkClassification.Options;
import type {Root} from 'mdast';

export interface Compiled {
  code: string;
  /** The mdast after every Docusaurus remark plugin. */
  tree: Root;
  warnings: string[];
  frontMatter: Record<string, unknown>;
}

export async function compileWithDocusaurus(
  fileContent: string,
  {
    filePath = '/site/docs/page.md',
    remark,
    plugin = true,
    capture: keepTree = true,
    siteDir = '/site',
  }: {
    filePath?: string;
    remark?: RemarkOptions;
    plugin?: boolean;
    /** Keep a copy of the final tree (tests); the benchmark turns it off. */
    capture?: boolean;
    siteDir?: string;
  } = {},
): Promise<Compiled> {
  const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath, fileContent});
  let tree: Root | undefined;
  const capture = () => (root: Root) => {
    tree = structuredClone(root);
  };
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    const result = await compileToJSX({
      fileContent,
      filePath,
      frontMatter,
      compilerName: 'client',
      options: {
        admonitions: true,
        markdownConfig: DEFAULT_MARKDOWN_CONFIG,
        staticDirs: [],
        siteDir,
        beforeDefaultRemarkPlugins: plugin ? [remark ? [remarkClassification, remark] : remarkClassification] : [],
        // Docusaurus runs `remarkPlugins` after its own: the tree as the page gets it.
        remarkPlugins: keepTree ? [capture] : [],
      },
    });
    return {code: result.content, tree: tree!, warnings, frontMatter};
  } finally {
    console.warn = warn;
  }
}
