/**
 * The published package: `npm pack` of plugin/, installed into a fresh
 * Docusaurus classic site outside this repository whose config is the
 * README's install section, verbatim. It must build and classify.
 */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {readmeConfig} from '../support/readme.ts';
import {childEnv, repoRoot} from '../support/site.ts';

let work: string;
let site: string;

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', env: childEnv()});
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return `${result.stdout}\n${result.stderr}`;
}

/** The README's install command, with the packed tarball in place of the registry name. */
function readmeInstall(tarball: string): string[] {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const command = /## Add it to a Docusaurus site[\s\S]*?```bash\n(npm install docusaurus-plugin-classification)\n```/.exec(readme)?.[1];
  assert.ok(command, 'the README shows the install command');
  return command.replace('docusaurus-plugin-classification', tarball).split(' ').slice(1);
}

describe('the packed plugin in a fresh classic site', () => {
  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'classification-pack-'));
    site = path.join(work, 'site');
    const packed = run('npm', ['pack', '--pack-destination', work, '--silent'], path.join(repoRoot, 'plugin')).trim().split('\n')[0]!;
    const tarball = path.join(work, packed.trim());
    fs.mkdirSync(path.join(site, 'docs'), {recursive: true});
    const core = JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules/@docusaurus/core/package.json'), 'utf8')).version;
    fs.writeFileSync(
      path.join(site, 'package.json'),
      JSON.stringify(
        {
          name: 'fresh-site',
          private: true,
          dependencies: {
            '@docusaurus/core': core,
            '@docusaurus/preset-classic': core,
            '@mdx-js/react': '^3.1.0',
            clsx: '^2.1.1',
            'prism-react-renderer': '^2.4.1',
            react: '^19.2.0',
            'react-dom': '^19.2.0',
          },
        },
        null,
        2,
      ),
    );
    fs.writeFileSync(path.join(site, 'docusaurus.config.ts'), readmeConfig(["title: 'Fresh site', url: 'https://example.com', baseUrl: '/',"]));
    fs.writeFileSync(
      path.join(site, 'docs', 'intro.md'),
      '---\ntitle: Intro\n---\n\n## torch.trace :beta{kind=api}\n\n:::alpha[New flag]{kind=api}\n\nBody.\n\n:::\n',
    );
    fs.mkdirSync(path.join(site, 'src/pages'), {recursive: true});
    fs.writeFileSync(path.join(site, 'src/pages/index.md'), '# Fresh site\n\nSee the [docs](/docs/intro).\n');
    // The README's command, in a site that has its own dependencies to install: one install of both.
    run('npm', [...readmeInstall(tarball), '--no-audit', '--no-fund', '--prefer-offline'], site);
  });

  after(() => {
    fs.rmSync(work, {recursive: true, force: true});
  });

  it('installs from the tarball with lib/, the theme and translations', () => {
    const installed = path.join(site, 'node_modules/docusaurus-plugin-classification');
    assert.ok(fs.realpathSync(installed).startsWith(fs.realpathSync(site)), 'a real install, not a link into this repository');
    for (const file of ['lib/index.js', 'lib/docusaurus/remark.js', 'lib/theme/ClassificationCallout/index.js', 'lib/theme/classification.css', 'locales/fr.json']) {
      assert.ok(fs.existsSync(path.join(installed, file)), file);
    }
  });

  it('builds, renders the items and writes the index', () => {
    const log = run(process.execPath, [path.join(site, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build'], site);
    assert.doesNotMatch(log, /unused Markdown directives|\[classification\]/);
    const entries = JSON.parse(fs.readFileSync(path.join(site, 'build/classification.json'), 'utf8'));
    assert.deepEqual(
      entries.map((entry: {anchor: string; level: string}) => `${entry.anchor} ${entry.level}`),
      ['/docs/intro#torchtrace beta', '/docs/intro#new-flag alpha'],
    );
    const html = fs.readFileSync(path.join(site, 'build/docs/intro/index.html'), 'utf8');
    assert.match(html, /<section id="new-flag"[^>]*data-classification-level="alpha"/);
    assert.match(fs.readFileSync(path.join(site, 'build/classification/index.html'), 'utf8'), /data-classification-entry/);
  });
});
