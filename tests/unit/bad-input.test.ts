/**
 * The bad-input corpus: tests/fixtures/bad/*.md(x), each pinned in
 * expected.json to its outcome: exactly one message naming
 * file:line:column, what was wrong, what was expected and a fix; or, for
 * `ok-*` files, no message at all. The index scan and the remark plugin
 * inside Docusaurus's MDX pipeline must say the same thing.
 * UPDATE_FIXTURES=1 rewrites expected.json; review the diff.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {newReader} from '../support/internals.ts';
import {compileWithDocusaurus} from '../support/docusaurus.ts';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/bad');
const expectedFile = path.join(dir, 'expected.json');
const update = process.env.UPDATE_FIXTURES === '1';
const expected: Record<string, string[]> = fs.existsSync(expectedFile) ? JSON.parse(fs.readFileSync(expectedFile, 'utf8')) : {};
const actual: Record<string, string[]> = {};

const reader = newReader();

const files = fs.readdirSync(dir).filter((name) => /\.mdx?$/.test(name)).sort();
const LINE = /^tests\/fixtures\/bad\/[\w.-]+:\d+:\d+: .+; expected .+ \(.+\)$/;

describe('bad-input corpus', () => {
  it('has at least 40 cases', () => {
    assert.ok(files.length >= 40, `${files.length} fixtures`);
  });

  for (const name of files) {
    it(name, async () => {
      const filePath = path.join(dir, name);
      const content = fs.readFileSync(filePath, 'utf8');
      const compiling = compileWithDocusaurus(content, {filePath});
      const compiled = await compiling.catch((error: Error) => error);
      const frontMatter = compiled instanceof Error ? parseFrontMatterLoosely(content) : compiled.frontMatter;
      const {problems} = await reader.readSource({filePath, content, frontMatter});
      actual[name] = problems;
      if (name.startsWith('ok-')) {
        assert.deepEqual(problems, []);
        assert.ok(!(compiled instanceof Error), String(compiled));
        return;
      }
      assert.equal(problems.length, 1, `one message for one mistake:\n${problems.join('\n')}`);
      assert.match(problems[0]!, LINE);
      // The page says the same, through the real MDX pipeline, without a stack trace.
      assert.ok(compiled instanceof Error, 'the page does not build');
      assert.ok(compiled.message.includes(`Invalid classification: ${problems[0]}`), compiled.message);
      assert.doesNotMatch(compiled.message.split('Details:')[0]!, /\n\s+at /);
      if (!update) {
        assert.deepEqual(problems, expected[name], `${name} (UPDATE_FIXTURES=1 pins the new text)`);
      }
    });
  }

  it('pins every message', () => {
    if (update) {
      fs.writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    }
    assert.deepEqual(Object.keys(expected).sort(), files);
  });
});

/** Front matter for the scan when the compile failed before giving it. */
function parseFrontMatterLoosely(content: string): Record<string, unknown> {
  const block = /^---\n([\s\S]*?)\n---/.exec(content)?.[1];
  if (!block) {
    return {};
  }
  return Object.fromEntries(
    block.split('\n').map((line) => {
      const [key, ...rest] = line.split(':');
      const value = rest.join(':').trim();
      return [key!.trim(), /^\d+$/.test(value) ? Number(value) : value.startsWith('[') ? value.slice(1, -1).split(/,\s*/) : value];
    }),
  );
}
