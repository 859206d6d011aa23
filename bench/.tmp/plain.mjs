import fs from 'node:fs';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {DEFAULT_MARKDOWN_CONFIG} from '@docusaurus/core/lib/server/configValidation.js';
import {compileToJSX} from '@docusaurus/mdx-loader/lib/utils.js';
import remarkClassification from 'docusaurus-plugin-classification/remark';
const dir = '/work/main/.test-output/bench/remark-classification';
const adm = '/work/main/.test-output/bench/remark-admonitions';
const names = fs.readdirSync(dir);
const mk = (plugin) => ({admonitions: true, markdownConfig: DEFAULT_MARKDOWN_CONFIG, staticDirs: [], siteDir: '/work/main/.test-output/bench', beforeDefaultRemarkPlugins: plugin ? [remarkClassification] : [], remarkPlugins: []});
const opts = {plugin: mk(true), floor: mk(false), peer: mk(false)};
const src = {plugin: names.map((n) => [path.join(dir, n), fs.readFileSync(path.join(dir, n), 'utf8')]), peer: names.map((n) => [path.join(adm, n), fs.readFileSync(path.join(adm, n), 'utf8')])};
src.floor = src.plugin;
async function one(which, i) {
  const [filePath, fileContent] = src[which][i];
  const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath, fileContent});
  const t = performance.now();
  const w = console.warn; console.warn = () => {};
  await compileToJSX({fileContent, filePath, frontMatter, compilerName: 'client', options: opts[which]});
  console.warn = w;
  return performance.now() - t;
}
const variants = ['plugin', 'floor', 'peer'];
for (const v of variants) for (let i = 0; i < 20; i++) await one(v, i);
const runs = Number(process.argv[2] ?? 5);
const totals = {plugin: [], floor: [], peer: []};
for (let r = 0; r < runs; r++) {
  const t = {plugin: 0, floor: 0, peer: 0};
  for (let i = 0; i < names.length; i++) for (let k = 0; k < 3; k++) { const v = variants[(i + r + k) % 3]; t[v] += await one(v, i); }
  for (const v of variants) totals[v].push(t[v]);
}
const med = (l) => [...l].sort((a, b) => a - b)[Math.floor(l.length / 2)];
console.log(Object.fromEntries(variants.map((v) => [v, med(totals[v]).toFixed(1)])), 'plugin/floor', (med(totals.plugin) / med(totals.floor)).toFixed(3), 'plugin/peer', (med(totals.plugin) / med(totals.peer)).toFixed(3));
