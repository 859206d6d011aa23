import fs from 'node:fs';
import path from 'node:path';
import {DEFAULT_CONFIG} from '@docusaurus/core/lib/server/configValidation.js';
import {DEFAULT_KINDS, DEFAULT_LEVELS, Scanner} from 'docusaurus-plugin-classification';
const dir = '/work/main/.test-output/bench/scan-250';
const files = fs.readdirSync(dir).sort().map((n) => path.join(dir, n));
const mk = () => new Scanner({markdown: DEFAULT_CONFIG.markdown, taxonomy: {levels: DEFAULT_LEVELS, kinds: DEFAULT_KINDS}, anchorsMaintainCase: false});
for (let r = 0; r < 6; r++) {
  const s = mk();
  let t = performance.now(); await s.scan({filePath: files[1], frontMatter: {}}); const first = performance.now() - t;
  t = performance.now(); await Promise.all(files.map((f) => s.scan({filePath: f, frontMatter: {}}))); const rest = performance.now() - t;
  t = performance.now(); await Promise.all(files.map((f) => mk().scanSource({filePath: f, frontMatter: {}, content: fs.readFileSync(f, 'utf8')}))); 
  console.log('first', first.toFixed(1), 'all', rest.toFixed(1));
}
