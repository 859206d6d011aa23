/**
 * Fixtures: tests/fixtures/remark/<case>/input.md(x) → output.mdx (the tree
 * after the classification plugin, as MDX) and items.json (what the index
 * gets). Regenerate with UPDATE_FIXTURES=1 and review the diff.
 *
 * Each case also goes through Docusaurus's real MDX pipeline, to check that
 * every collected item id ends up on an element carrying its level and kind,
 * that no Docusaurus warning is printed and that the TOC stays clean.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {collect, DEFAULT_KINDS, DEFAULT_LEVELS} from '../support/internals.ts';
import {compileWithDocusaurus} from '../support/docusaurus.ts';
import {toMdx} from '../support/markdown.ts';
import {anchors, parse, transform} from '../support/pipeline.ts';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/remark');
const update = process.env.UPDATE_FIXTURES === '1';
const taxonomy = {levels: DEFAULT_LEVELS, kinds: DEFAULT_KINDS};

function expectFile(file: string, actual: string): void {
  if (update || !fs.existsSync(file)) {
    fs.writeFileSync(file, actual);
  }
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${path.relative(root, file)} differs (UPDATE_FIXTURES=1 rewrites it)`);
}

for (const name of fs.readdirSync(root).sort()) {
  const dir = path.join(root, name);
  const inputName = fs.readdirSync(dir).find((file) => file.startsWith('input.'))!;
  const inputPath = path.join(dir, inputName);
  const input = fs.readFileSync(inputPath, 'utf8');
  const filePath = `/site/docs/${name}${path.extname(inputName)}`;

  describe(`fixture ${name}`, () => {
    it('renders as output.mdx', async () => {
      expectFile(path.join(dir, 'output.mdx'), toMdx(await transform(input, filePath)));
    });

    it('collects items.json', async () => {
      const {frontMatter} = await compileWithDocusaurus(input, {filePath});
      const collection = await collect(parse(input, filePath), {taxonomy, frontMatter});
      assert.deepEqual(collection.problems, []);
      expectFile(path.join(dir, 'items.json'), `${JSON.stringify(collection.items.map((entry) => entry.item), null, 2)}\n`);
    });

    it('agrees with the page Docusaurus compiles', async () => {
      const compiled = await compileWithDocusaurus(input, {filePath});
      assert.deepEqual(compiled.warnings.filter((line) => !/:custom/.test(line)), []);
      const collection = await collect(parse(input, filePath), {taxonomy, frontMatter: compiled.frontMatter});
      const expected = collection.items.map(({item}) => ({id: item.id, level: item.level, kind: item.kind}));
      assert.deepEqual(anchors(compiled.tree), expected);
      const ids = expected.map((entry) => entry.id);
      assert.equal(new Set(ids).size, ids.length, `ids are unique: ${ids.join(', ')}`);
      for (const value of compiled.code.matchAll(/"value": "(.*)",\n\s*"id": "(.*)"/g)) {
        assert.doesNotMatch(value[1]!, /:(alpha|beta|stable)|\{kind|\{#/, `TOC entry ${value[1]}`);
        assert.doesNotMatch(value[2]!, /-$|kind/, `TOC id ${value[2]}`);
      }
    });
  });
}
