/**
 * The repository type-checks: the demo's config, the site's components, the
 * tests and the bench, against the plugin's published types (TypeScript 5.9,
 * as `@docusaurus/tsconfig` requires). A test of its own, so that it runs
 * beside the others.
 */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {createRequire} from 'node:module';
import {describe, it} from 'node:test';
import {childEnv, repoRoot} from '../support/site.ts';

describe('types', () => {
  it('tsc -p tsconfig.json finds no error', () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], {cwd: repoRoot, encoding: 'utf8', env: childEnv()});
    assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
  });
});
