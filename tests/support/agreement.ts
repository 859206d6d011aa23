/** The invariants of the property tests, shared by `npm test` and `npm run fuzz`. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {DEFAULT_CONFIG} from '@docusaurus/core/lib/server/configValidation.js';
import {DEFAULT_KINDS, DEFAULT_LEVELS, Scanner} from 'docusaurus-plugin-classification';
import {compileWithDocusaurus} from './docusaurus.ts';
import {renderedItems} from './pipeline.ts';
import type {Doc} from './arbitrary.ts';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/property');

const scanner = new Scanner({
  markdown: DEFAULT_CONFIG.markdown,
  taxonomy: {levels: DEFAULT_LEVELS, kinds: DEFAULT_KINDS},
  anchorsMaintainCase: false,
});

/** Invariants 1 and 2: the index scan and the rendered page list the same items. */
export async function checkAgreement({filePath, content}: Doc): Promise<void> {
  const compiled = await compileWithDocusaurus(content, {filePath});
  const scanned = await scanner.scanSource({filePath, content, frontMatter: compiled.frontMatter});
  assert.deepEqual(scanned.problems, [], 'generated pages are valid');
  const fromIndex = scanned.items.map(({id, level, kind, title}) => ({id, level, kind, title}));
  assert.deepEqual(renderedItems(compiled.tree), fromIndex);
  const ids = fromIndex.map((item) => item.id);
  assert.equal(new Set(ids).size, ids.length, `unique ids: ${ids.join(' ')}`);
  const ours = compiled.warnings.filter((line) => !/:custom|::youtube/.test(line));
  assert.deepEqual(ours, [], 'no warning but those about foreign directives');
}

/** Invariant 3: directives that are not ours come out as without the plugin. */
export async function checkUntouched({filePath, content}: Doc): Promise<void> {
  const withPlugin = await compileWithDocusaurus(content, {filePath});
  const withoutPlugin = await compileWithDocusaurus(content, {filePath, plugin: false});
  assert.equal(withPlugin.code, withoutPlugin.code);
  assert.deepEqual(withPlugin.warnings, withoutPlugin.warnings);
}

export function propertyFixtures(): (Doc & {name: string})[] {
  if (!fs.existsSync(FIXTURES)) {
    return [];
  }
  return fs
    .readdirSync(FIXTURES)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => ({
      name,
      filePath: `/site/docs/${name}`,
      content: fs.readFileSync(path.join(FIXTURES, name), 'utf8'),
    }));
}
