/**
 * `npm run screenshots`: builds the demo, opens it in Chromium and writes the
 * README's pictures to docs/images/, in the light and the dark theme.
 */
import path from 'node:path';
import {launch} from '../tests/support/browser.ts';
import {serve} from '../tests/support/server.ts';
import {buildDemoSite, repoRoot} from '../tests/support/site.ts';

const out = path.join(repoRoot, 'docs/images');
const built = buildDemoSite('screenshots');
const server = await serve(built.outDir);
const browser = await launch();

const shots: {name: string; pathname: string; target: string; width?: number}[] = [
  {name: 'callout', pathname: '/apis/torch-neuron', target: 'section[aria-label="Beta API: torch_neuron.dynamic_batch"]'},
  {name: 'sidebar', pathname: '/labs/nki-samples', target: 'nav[aria-label="Docs sidebar"]'},
  {name: 'table', pathname: '/sdk-classification', target: '.classification-table[data-classification-kind="package"]'},
  {name: 'index', pathname: '/classification', target: 'main', width: 1000},
];

try {
  for (const theme of ['light', 'dark']) {
    const context = await browser.newContext({viewport: {width: 1100, height: 900}, deviceScaleFactor: 1});
    await context.addInitScript((value) => window.localStorage.setItem('theme', value), theme);
    for (const shot of shots) {
      const page = await context.newPage();
      if (shot.width) {
        await page.setViewportSize({width: shot.width, height: 900});
      }
      await page.goto(server.url + shot.pathname);
      await page.waitForSelector('html[data-has-hydrated="true"]');
      if (shot.name === 'sidebar') {
        await page.getByRole('button', {name: 'Packages and libraries', exact: true}).click();
        await page.waitForTimeout(600); // the category's expand animation
      }
      const file = path.join(out, `${shot.name}-${theme}.png`);
      const target = page.locator(shot.target);
      if (shot.name === 'index') {
        const box = (await target.boundingBox())!;
        await page.screenshot({path: file, clip: {x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 900)}});
      } else {
        await target.screenshot({path: file});
      }
      console.log(path.relative(repoRoot, file));
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
