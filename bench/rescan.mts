// Quick check of the dev rescan figure alone: `node --import tsx bench/rescan.mts [N]`.
import fs from 'node:fs';
import path from 'node:path';
import {DEFAULT_CONFIG} from '@docusaurus/core/lib/server/configValidation.js';
import {DEFAULT_KINDS, DEFAULT_LEVELS, Scanner} from 'docusaurus-plugin-classification';
import {repoRoot} from '../tests/support/site.ts';
import {writeDocs} from './generate.ts';

const size = Number(process.argv[2] ?? 2000);
const files = writeDocs(path.join(repoRoot, '.test-output', 'bench', 'rescan'), {pages: size, itemsPerPage: 4}, 'classification');
const scanner = new Scanner({markdown: DEFAULT_CONFIG.markdown, taxonomy: {levels: DEFAULT_LEVELS, kinds: DEFAULT_KINDS}, anchorsMaintainCase: false});
const scanAll = async () => {
  const started = performance.now();
  await Promise.all(files.map((filePath) => scanner.scan({filePath, frontMatter: {}})));
  return performance.now() - started;
};
await scanAll();
const times: number[] = [];
for (let run = 0; run < 7; run += 1) {
  fs.appendFileSync(files[run]!, `\nEdited ${run}.\n`);
  times.push(await scanAll());
}
times.sort((a, b) => a - b);
console.log(`rescan of ${size} files, one edited: median ${times[3]!.toFixed(1)} ms (min ${times[0]!.toFixed(1)}, max ${times[6]!.toFixed(1)})`);
