/**
 * `node --import tsx bench/keystroke.mts <builtSiteDir> [--runs N] [--text "Item 1.2"]`: the index
 * page's time per filter keystroke (bench/keystroke.ts) on a built site (its `build/` directory,
 * or the site directory holding one). Each run types the text into an empty box in a fresh page.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {launch} from '../tests/support/browser.ts';
import {serve} from '../tests/support/server.ts';
import {measureKeystrokes} from './keystroke.ts';

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {runs: {type: 'string', default: '1'}, text: {type: 'string', default: 'Item 1.2'}},
});
if (positionals.length !== 1) {
  console.error('usage: node --import tsx bench/keystroke.mts <builtSiteDir> [--runs N] [--text TEXT]');
  process.exit(2);
}
let dir = path.resolve(positionals[0]!);
if (!fs.existsSync(path.join(dir, 'classification')) && fs.existsSync(path.join(dir, 'build', 'classification'))) {
  dir = path.join(dir, 'build');
}
const runs = Number(values.runs);
const text = values.text!;

const median = (list: number[]): number => Array.from(list).sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const ms = (value: number): string => `${value.toFixed(1)} ms`;

const server = await serve(dir);
const browser = await launch();
try {
  const all: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const page = await browser.newPage();
    await page.goto(`${server.url}/classification`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const entries = await page.locator('[data-classification-entry]').evaluateAll(
      (elements) => elements.filter((element) => !element.closest('[hidden]')).length,
    );
    const times = (await measureKeystrokes(page, text)).map((key) => key.painted);
    console.log(`run ${run + 1}: ${entries} entries shown; "${text}", until painted: ${times.map((time, index) => `${JSON.stringify(text[index])} ${ms(time)}`).join(', ')}`);
    console.log(`  median ${ms(median(times))}, max ${ms(Math.max(...times))}`);
    all.push(...times);
    await page.close();
  }
  if (runs > 1) {
    console.log(`all ${all.length} keystrokes: median ${ms(median(all))}, max ${ms(Math.max(...all))}`);
  }
} finally {
  await browser.close();
  await server.close();
}
