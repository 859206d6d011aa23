/**
 * A page compiled in a worker thread, as a bundler's parallel loaders would
 * compile it: Docusaurus's MDX pipeline with the classification remark
 * plugin, in a JS realm where the plugin never ran. Posts the compiled code.
 */
import {parentPort, workerData} from 'node:worker_threads';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {DEFAULT_MARKDOWN_CONFIG} from '@docusaurus/core/lib/server/configValidation.js';
import {compileToJSX} from '@docusaurus/mdx-loader/lib/utils.js';
import remarkClassification from 'docusaurus-plugin-classification/remark';

const {fileContent, filePath, siteDir, remark} = workerData;
const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath, fileContent});
const {content} = await compileToJSX({
  fileContent,
  filePath,
  frontMatter,
  compilerName: 'client',
  options: {
    admonitions: true,
    markdownConfig: DEFAULT_MARKDOWN_CONFIG,
    staticDirs: [],
    siteDir,
    beforeDefaultRemarkPlugins: [remark ? [remarkClassification, remark] : remarkClassification],
    remarkPlugins: [],
  },
});
parentPort.postMessage({code: content});
