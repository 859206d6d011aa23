/**
 * The Docusaurus the plugin runs on: its helpers come from the site's
 * @docusaurus/core, and a version older than the plugin supports is refused
 * in one line. (`npm run test:compat` runs the real sites of each version.)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {describe, it} from 'node:test';
import {PNPM, REFUSED, ROWS} from '../compat/matrix.ts';
import {atLeast, checkDocusaurusVersion, MINIMUM_DOCUSAURUS, siteCore} from '../support/internals.ts';
import {repoRoot} from '../support/site.ts';

describe('the site’s Docusaurus', () => {
  it('is the @docusaurus/core the site resolves, and its helpers are that core’s dependencies', () => {
    const require = createRequire(import.meta.url);
    assert.equal(siteCore.dir, path.dirname(require.resolve('@docusaurus/core/package.json')));
    assert.equal(siteCore.version, JSON.parse(fs.readFileSync(path.join(siteCore.dir, 'package.json'), 'utf8')).version);
  });

  it('compares versions as Docusaurus numbers them (a canary of a version is that version)', () => {
    assert.equal(MINIMUM_DOCUSAURUS, '3.2.0');
    for (const version of ['3.2.0', '3.2.1', '3.10.2', '3.10.1-canary-6807', '4.0.0-canary-6808', '4.0.0', '10.0.0']) {
      assert.equal(atLeast(version, MINIMUM_DOCUSAURUS), true, version);
    }
    for (const version of ['3.1.1', '3.0.0', '3.0.0-rc.1', '2.4.3', '3.1.99']) {
      assert.equal(atLeast(version, MINIMUM_DOCUSAURUS), false, version);
    }
  });

  it('refuses an older Docusaurus in one line: the version found, the one needed, the site’s upgrade command', () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'classification-old-'));
    try {
      assert.doesNotThrow(() => checkDocusaurusVersion(site, '3.2.0'));
      const message = (version: string) => {
        try {
          checkDocusaurusVersion(site, version);
        } catch (error) {
          return (error as Error).message;
        }
        assert.fail(`${version} is accepted`);
      };
      assert.equal(
        message('3.1.1'),
        'docusaurus-plugin-classification needs Docusaurus 3.2.0 or newer, and this site has 3.1.1: upgrade it with `npm install @docusaurus/core@latest @docusaurus/preset-classic@latest` (and every other @docusaurus/* package to the same version).',
      );
      fs.writeFileSync(path.join(site, 'pnpm-lock.yaml'), '');
      assert.match(message('3.0.1'), /this site has 3\.0\.1: upgrade it with `pnpm add @docusaurus\/core@latest/);
      fs.rmSync(path.join(site, 'pnpm-lock.yaml'));
      fs.writeFileSync(path.join(site, 'yarn.lock'), '');
      assert.match(message('3.0.1'), /`yarn add @docusaurus\/core@latest/);
      assert.doesNotMatch(message('3.0.1'), /\n/);
    } finally {
      fs.rmSync(site, {recursive: true, force: true});
    }
  });
});

describe('the README’s compatibility table', () => {
  it('is the matrix `npm run test:compat` runs, row for row', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Compatibility'));
    const rows = section
      .split('\n')
      .filter((line) => /^\| \d/.test(line))
      .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
    const minor = (range: string) => /(\d+\.\d+)/.exec(range)![1];
    const expected = [
      ...ROWS.map((row) => [
        row.docusaurus,
        minor(row.react),
        row.node ? row.node.split('.')[0] : '20',
        row.builds.map((build) => (build.future ? `${build.bundler} (${Object.keys(build.future).map((flag) => `\`future.${flag}\``).join(' + ')})` : build.bundler)).join(', '),
        row.packageManager === 'pnpm' ? `pnpm ${PNPM.split('.')[0]}` : 'npm',
        'works',
      ]),
      ...REFUSED.map((row) => [row.docusaurus, minor(row.react), '20', '—', 'npm', 'refused']),
    ];
    assert.deepEqual(rows, expected);
  });
});
