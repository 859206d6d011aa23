import fs from 'node:fs';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {DEFAULT_MARKDOWN_CONFIG} from '@docusaurus/core/lib/server/configValidation.js';
import {compileToJSX} from '@docusaurus/mdx-loader/lib/utils.js';
import remarkClassification from 'docusaurus-plugin-classification/remark';
const dir = '/work/main/.test-output/bench/remark-classification';
const plugin = process.argv[2] === 'plugin';
const names = fs.readdirSync(dir);
const options = {admonitions: true, markdownConfig: DEFAULT_MARKDOWN_CONFIG, staticDirs: [], siteDir: '/work/main/.test-output/bench', beforeDefaultRemarkPlugins: plugin ? [remarkClassification] : [], remarkPlugins: []};
const src = names.map((n) => [path.join(dir, n), fs.readFileSync(path.join(dir, n), 'utf8')]);
console.warn = () => {};
for (let r = 0; r < 12; r++) {
  const t = performance.now();
  for (const [filePath, fileContent] of src) {
    const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath, fileContent});
    await compileToJSX({fileContent, filePath, frontMatter, compilerName: 'client', options});
  }
  if (r > 8) console.log(process.argv[2], (performance.now() - t).toFixed(0));
}
