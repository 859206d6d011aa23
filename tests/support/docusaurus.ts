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
    siteDir = '/site',
  }: {
    filePath?: string;
    remark?: RemarkOptions;
    plugin?: boolean;
    siteDir?: string;
  } = {},
): Promise<Compiled> {
  const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath, fileContent});
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    const result = (await compileToJSX({
      fileContent,
      filePath,
      frontMatter,
      compilerName: 'client',
      options: loaderOptions({plugin, remark, siteDir}),
    })) as {content: string; data: {capturedTree?: Root}};
    return {code: result.content, tree: result.data.capturedTree!, warnings, frontMatter};
  } finally {
    console.warn = warn;
  }
}

/**
 * One options object per configuration, as a site's loader has: Docusaurus
 * caches its MDX processors by options object, so the plugins' factories run
 * once, not once per file.
 */
const optionsCache = new Map<string, Parameters<typeof compileToJSX>[0]['options']>();

function loaderOptions(settings: {plugin: boolean; remark?: RemarkOptions; siteDir: string}) {
  const key = JSON.stringify(settings);
  let options = optionsCache.get(key);
  if (!options) {
    const {plugin, remark, siteDir} = settings;
    // Keeps a copy of the tree in the file's data, which compileToJSX returns.
    const capture = () => (root: Root, file: {data: Record<string, unknown>}) => {
      file.data.capturedTree = structuredClone(root);
    };
    options = {
      admonitions: true,
      markdownConfig: DEFAULT_MARKDOWN_CONFIG,
      staticDirs: [],
      siteDir,
      beforeDefaultRemarkPlugins: plugin ? [remark ? [remarkClassification, remark] : remarkClassification] : [],
      // Docusaurus runs `remarkPlugins` after its own: the tree as the page gets it.
      remarkPlugins: [capture],
    } as Parameters<typeof compileToJSX>[0]['options'];
    optionsCache.set(key, options);
  }
  return options;
}
