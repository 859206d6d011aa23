/** The package's public surface: what users import. */
import assert from 'node:assert/strict';
import {createRequire} from 'node:module';
import {it} from 'node:test';
import * as plugin from 'docusaurus-plugin-classification';
import remark from 'docusaurus-plugin-classification/remark';

it('exports the plugin, its option validation and its swizzle config, nothing internal', () => {
  assert.deepEqual(Object.keys(plugin).filter((name) => name !== '__esModule').sort(), [
    'default',
    'getSwizzleConfig',
    'validateOptions',
  ]);
  // Docusaurus requires the module and calls `.default` with `validateOptions`.
  const required = createRequire(import.meta.url)('docusaurus-plugin-classification') as Record<string, unknown>;
  assert.equal(typeof required.default, 'function');
  assert.equal(typeof required.validateOptions, 'function');
  assert.equal(typeof required.getSwizzleConfig, 'function');
});

it('the remark entry is the plugin function itself, for ESM and CommonJS', () => {
  assert.equal(typeof remark, 'function');
  const required = createRequire(import.meta.url)('docusaurus-plugin-classification/remark') as unknown;
  assert.equal(required, remark);
});
