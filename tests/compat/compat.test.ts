/**
 * `npm run test:compat`: the packed plugin in fresh sites of every Docusaurus,
 * React, package manager, Node and bundler of the README's table. Each site is
 * configured with the README's lines, builds with broken links and anchors set
 * to throw, passes `docusaurus classification --check`, and shows readers the
 * badge, the callout with its disclaimer, the level table's note, a link
 * badge, the sidebar badge and the index in a real Chromium. Docusaurus
 * versions older than the plugin supports are refused by the package manager,
 * and by the plugin in one line when forced in.
 *
 * Sites are kept in $CLASSIFICATION_COMPAT_DIR (default: the user's cache), so
 * a second run only updates them. Each step's time is printed.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {after, before, describe, it} from 'node:test';
import {launch, openPage} from '../support/browser.ts';
import {startDevServer} from '../support/dev-server.ts';
import {serve} from '../support/server.ts';
import {readmeConfig} from '../support/readme.ts';
import {REFUSED, ROWS, type Build, type Row} from './matrix.ts';
import {compatDir, docusaurus, docusaurusBin, install, packPlugin, runner, writeManifest, type Ran, type SiteFiles} from './sites.ts';
import type {Browser} from 'playwright';

const require = createRequire(import.meta.url);
let tarball: string;
let browser: Browser;
const times: string[] = [];

function record(row: string, step: string, seconds: number): void {
  times.push(`${row.padEnd(36)} ${step.padEnd(22)} ${seconds.toFixed(1).padStart(6)} s`);
}

function timed(row: string, step: string, ran: Ran): Ran {
  record(row, step, ran.seconds);
  return ran;
}

/** The README's docusaurus.config.ts, with a site's basics and the build's `future`. */
function siteConfig(build: Build): string {
  return readmeConfig([
    "title: 'Compatibility', url: 'https://example.com', baseUrl: '/',",
    "onBrokenLinks: 'throw', onBrokenAnchors: 'throw',",
    // Docusaurus 3.2 has no `future` option.
    ...(build.future ? [`future: ${JSON.stringify(build.future)},`] : []),
  ]);
}

const PAGES: Record<string, string> = {
  'docs/intro.md': [
    '---',
    'title: Intro',
    'sidebar_position: 1',
    '---',
    '',
    'See the [tracing API](./api.md#torchtrace).',
    '',
    ':::alpha[New flag]{kind=feature}',
    '',
    'Turns on the new flag.',
    '',
    ':::',
    '',
    '## Feature levels',
    '',
    '::classification-table{kind=feature disclaimer}',
    '',
  ].join('\n'),
  'docs/api.md': [
    '---',
    'title: API',
    'classification: beta',
    'classification_kind: api',
    '---',
    '',
    '## torch.trace :beta{kind=api}',
    '',
    'Traces a model.',
    '',
  ].join('\n'),
  'src/pages/index.md': '# Compatibility\n\nRead the [docs](/docs/intro) and the [classification index](/classification).\n',
};

function writePages(dir: string): void {
  for (const [file, text] of Object.entries(PAGES)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    fs.writeFileSync(path.join(dir, file), text);
  }
}

function siteOf(row: Row): SiteFiles {
  const dependencies: Record<string, string> = {
    '@docusaurus/core': row.docusaurus,
    '@docusaurus/preset-classic': row.docusaurus,
    '@mdx-js/react': '^3.0.0',
    clsx: '^2.1.1',
    'prism-react-renderer': '^2.4.1',
    react: row.react,
    'react-dom': row.react,
    'docusaurus-plugin-classification': `file:${tarball}`,
  };
  if (row.faster) {
    dependencies['@docusaurus/faster'] = row.docusaurus;
  }
  return {
    dir: path.join(compatDir, 'sites', row.name),
    dependencies,
    packageManager: row.packageManager,
    overrides: {...(row.webpack ? {webpack: row.webpack} : {}), '@swc/html': '1.16.2'},
  };
}

/** What a reader sees on the built site, in Chromium. */
async function checkPages(url: string, label: string): Promise<void> {
  const api = await openPage(browser, `${url}/docs/api`, {noFavicon: true});
  // The sidebar badge is drawn by classification.css, and is part of the link's accessible name.
  const sidebar = api.page.locator('.theme-doc-sidebar-menu');
  assert.equal(await sidebar.getByRole('link', {name: 'API Beta', exact: true}).count(), 1, `${label}: the sidebar badge`);
  assert.equal(await sidebar.getByRole('link', {name: 'Intro', exact: true}).count(), 1, `${label}: no badge on an unclassified doc`);
  const heading = api.page.locator('h2#torchtrace');
  assert.equal(await heading.locator('.classification-badge--beta').count(), 1, `${label}: the heading badge`);
  assert.equal(await heading.getAttribute('data-classification-level'), 'beta');
  assert.deepEqual(api.errors, [], `${label}: no console error on /docs/api`);
  await api.page.close();

  const intro = await openPage(browser, `${url}/docs/intro`, {noFavicon: true});
  const callout = intro.page.locator('section#new-flag[data-classification-level="alpha"]');
  assert.equal(await callout.locator('.classification-badge--alpha').count(), 1, `${label}: the callout's badge`);
  assert.match((await callout.locator('.classification-disclaimer').textContent()) ?? '', /preview/i, `${label}: the callout's disclaimer`);
  // The level table's disclaimer is the site's own admonition, a note.
  const note = intro.page.locator('.classification-disclaimer.theme-admonition-note');
  assert.equal(await note.count(), 1, `${label}: the level table's disclaimer note`);
  assert.ok(await note.isVisible());
  const link = intro.page.locator('article a[href="/docs/api#torchtrace"]');
  assert.equal(await link.locator('.classification-badge--link.classification-badge--beta').count(), 1, `${label}: the link badge`);
  assert.deepEqual(intro.errors, [], `${label}: no console error on /docs/intro`);
  await intro.page.close();

  const index = await openPage(browser, `${url}/classification`, {noFavicon: true});
  // Each entry's first link is its item (the page's front matter item, the heading, the callout); then its page.
  const hrefs = await index.page.locator('[data-classification-entry] > a:first-child').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  assert.deepEqual(hrefs.sort(), ['/docs/api#api', '/docs/api#torchtrace', '/docs/intro#new-flag'], `${label}: the index lists every item`);
  await index.page.locator('[data-classification-entry] a[href="/docs/intro#new-flag"]').click();
  await index.page.waitForURL(/\/docs\/intro#new-flag$/);
  await index.page.locator('section#new-flag').waitFor({state: 'visible', timeout: 10_000});
  assert.deepEqual(index.errors, [], `${label}: no console error on the index`);
  await index.page.close();
}

before(async () => {
  tarball = packPlugin();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  console.log(`\nCompatibility matrix (${compatDir}):\n${times.join('\n')}`);
});

for (const row of ROWS) {
  describe(`${row.name} (Docusaurus ${row.docusaurus}, React ${row.react}, ${row.packageManager}${row.node ? `, Node ${row.node}` : ''})`, () => {
    let site: SiteFiles;
    const runWith = () => runner(row.node);

    before(() => {
      site = siteOf(row);
      writeManifest(site);
      writePages(site.dir);
      fs.writeFileSync(path.join(site.dir, 'docusaurus.config.ts'), siteConfig(row.builds[0]!));
      timed(row.name, 'install', install(site, runWith()));
    });

    it('installs the packed plugin and resolves Docusaurus from the site', () => {
      const installed = fs.realpathSync(path.join(site.dir, 'node_modules/docusaurus-plugin-classification'));
      assert.ok(installed.startsWith(fs.realpathSync(site.dir)), 'a real install, not a link into this repository');
      // The plugin takes Docusaurus's helpers from the @docusaurus/core it resolves: the site's own, and no copy of its own.
      const siteCore = fs.realpathSync(path.join(site.dir, 'node_modules/@docusaurus/core/package.json'));
      assert.equal(fs.realpathSync(require.resolve('@docusaurus/core/package.json', {paths: [installed]})), siteCore);
      assert.equal(JSON.parse(fs.readFileSync(siteCore, 'utf8')).version, row.docusaurus);
      for (const name of ['@docusaurus/utils', '@docusaurus/utils-validation', '@docusaurus/logger']) {
        assert.ok(!fs.existsSync(path.join(installed, 'node_modules', name)), `no nested ${name}`);
      }
    });

    it('passes `docusaurus classification --check`', () => {
      const ran = timed(row.name, 'classification --check', docusaurus(site, runWith(), ['classification', '--check']));
      assert.match(ran.output, /classification check passed: 3 items, no problem, nothing overdue/);
    });

    for (const build of row.builds) {
      it(`builds with ${build.bundler}${build.future ? ` (future: ${JSON.stringify(build.future)})` : ''} and shows readers every item`, async () => {
        fs.writeFileSync(path.join(site.dir, 'docusaurus.config.ts'), siteConfig(build));
        // Yesterday's plugin must not come back from a persistent cache.
        for (const cache of ['node_modules/.cache', '.docusaurus']) {
          fs.rmSync(path.join(site.dir, cache), {recursive: true, force: true});
        }
        const outDir = path.join(site.dir, `build-${build.name}`);
        const ran = timed(row.name, `build (${build.name})`, docusaurus(site, runWith(), ['build', '--out-dir', outDir]));
        assert.doesNotMatch(ran.output, /unused Markdown directives|\[classification\]|Cannot mix different versions/);
        // The bundler's runtime marks the chunk scripts it adds after itself (`data-webpack`, `data-rspack`).
        const runtime = fs.readdirSync(path.join(outDir, 'assets/js')).find((file) => file.startsWith('runtime~main'));
        assert.ok(runtime, 'the runtime chunk');
        const loader = /"data-(webpack|rspack)"/.exec(fs.readFileSync(path.join(outDir, 'assets/js', runtime), 'utf8'))?.[1];
        assert.equal(loader, build.bundler.toLowerCase(), `built by ${build.bundler}`);
        const server = await serve(outDir);
        try {
          await checkPages(server.url, `${row.name} ${build.name}`);
        } finally {
          await server.close();
        }
      });
    }

    if (row.dev) {
      it('serves the pages under `docusaurus start`', async () => {
        fs.writeFileSync(path.join(site.dir, 'docusaurus.config.ts'), siteConfig(row.builds[0]!));
        const started = performance.now();
        const server = await startDevServer(runWith().node, [docusaurusBin(site), 'start'], {cwd: site.dir, env: runWith().env});
        try {
          record(row.name, 'start (first compile)', (performance.now() - started) / 1000);
          const {page} = await openPage(browser, `${server.url}/docs/api`, {noFavicon: true});
          assert.equal(await page.locator('h2#torchtrace .classification-badge--beta').count(), 1, 'the heading badge');
          assert.equal(await page.locator('.theme-doc-sidebar-menu').getByRole('link', {name: 'API Beta', exact: true}).count(), 1, 'the sidebar badge');
          await page.goto(`${server.url}/docs/intro`);
          await page.locator('section#new-flag .classification-disclaimer').waitFor();
          await page.close();
          assert.doesNotMatch(server.log(), /\[classification\]|unused Markdown directives/);
        } finally {
          await server.stop();
        }
      });
    }
  });
}

for (const row of REFUSED) {
  describe(`${row.name} (Docusaurus ${row.docusaurus}: too old)`, () => {
    const site = (): SiteFiles => ({
      dir: path.join(compatDir, 'sites', row.name),
      packageManager: 'npm',
      dependencies: {
        '@docusaurus/core': row.docusaurus,
        '@mdx-js/react': '^3.0.0',
        react: row.react,
        'react-dom': row.react,
        'docusaurus-plugin-classification': `file:${tarball}`,
      },
    });

    it('is refused by npm, naming the Docusaurus range the plugin needs', () => {
      writeManifest(site());
      const ran = timed(row.name, 'install (refused)', install(site(), runner(undefined), [], {allowFailure: true}));
      assert.notEqual(ran.status, 0);
      assert.match(ran.output, /ERESOLVE/);
      assert.match(ran.output, /peer @docusaurus\/core@"\^3\.2\.0 \|\| \^4\.0\.0-0" from docusaurus-plugin-classification/);
    });

    it('forced in, stops the build at start with one line: the version found, the one needed, the upgrade command', () => {
      timed(row.name, 'install (forced)', install(site(), runner(undefined), ['--legacy-peer-deps']));
      fs.writeFileSync(
        path.join(site().dir, 'docusaurus.config.js'),
        "module.exports = {title: 'Too old', url: 'https://example.com', baseUrl: '/', plugins: ['docusaurus-plugin-classification']};\n",
      );
      const ran = timed(row.name, 'build (refused)', docusaurus(site(), runner(undefined), ['build'], {allowFailure: true}));
      assert.notEqual(ran.status, 0);
      const line = `docusaurus-plugin-classification needs Docusaurus 3.2.0 or newer, and this site has ${row.docusaurus}: upgrade it with \`npm install @docusaurus/core@latest @docusaurus/preset-classic@latest\` (and every other @docusaurus/* package to the same version).`;
      assert.ok(ran.output.includes(line), `the one line:\n${ran.output.slice(-3000)}`);
      // No stack of the plugin's under it (Docusaurus prints its own frames around the cause).
      assert.doesNotMatch(ran.output, /docusaurus-plugin-classification\/lib\//);
    });
  });
}
