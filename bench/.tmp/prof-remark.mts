import fs from 'node:fs';
import path from 'node:path';
import {compileWithDocusaurus} from '../../tests/support/docusaurus.ts';
const dir = '/work/main/.test-output/bench/remark-classification';
const files = fs.readdirSync(dir).map((f) => path.join(dir, f));
const plugin = process.argv[2] !== 'floor';
const contents = files.map((f) => fs.readFileSync(f, 'utf8'));
for (let r = 0; r < 6; r++) {
  const t = performance.now();
  for (let i = 0; i < files.length; i++) await compileWithDocusaurus(contents[i]!, {filePath: files[i]!, plugin, capture: false, siteDir: '/work/main/.test-output/bench'});
  console.log(plugin ? 'plugin' : 'floor', (performance.now() - t).toFixed(0));
}
