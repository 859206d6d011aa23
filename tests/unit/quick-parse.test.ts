/**
 * The scan's fast path (plugin/src/quick-parse.ts) against the real parser:
 * wherever it takes a page, collect() must find on its tree exactly what it
 * finds on micromark's (items with ids, titles and positions, the page
 * title, every problem with its place, badges, tables, lists), in both
 * formats. Pages it cannot parse fall back, which is always correct; the
 * tests also hold it to taking the pages it is for, or the scan is slow again.
 * `npm run fuzz` runs the first property with many more cases.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {isPlain, pageContent} from '../../bench/generate.ts';
import {doc, foreignDoc, simpleDoc} from '../support/arbitrary.ts';
import {checkFastPath, fastPathAgrees, propertyFixtures} from '../support/agreement.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const runs = Number(process.env.PROPERTY_RUNS ?? 200);

describe('the scan fast path', () => {
  it(`agrees with micromark on ${runs} pages of headings, paragraphs and directives, and takes many`, async () => {
    let taken = 0;
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(simpleDoc, fc.constantFrom<'md' | 'mdx'>('md', 'mdx'), async ({content, filePath}, format) => {
        tried += 1;
        taken += Number(await fastPathAgrees(content, filePath, format));
      }),
      {numRuns: runs},
    );
    // Code spans, emphasis or links next to a badge or in a heading, ambiguous
    // attributes, a stray fence: the real parser.
    assert.ok(taken / tried > 0.15, `fast path took ${taken} of ${tried}`);
  });

  it(`agrees with micromark wherever it takes a property-test page (${runs} pages, each format)`, async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(doc, foreignDoc), checkFastPath), {numRuns: runs});
  });

  it('agrees with micromark on every fixture and demo page it takes', async () => {
    const files = [
      ...['tests/fixtures/bad', 'tests/fixtures/property'].flatMap((dir) =>
        fs.readdirSync(path.join(root, dir)).map((name) => path.join(root, dir, name)),
      ),
      ...fs.readdirSync(path.join(root, 'tests/fixtures/remark')).flatMap((name) =>
        fs.readdirSync(path.join(root, 'tests/fixtures/remark', name)).map((file) => path.join(root, 'tests/fixtures/remark', name, file)),
      ),
      ...fs.readdirSync(path.join(root, 'site/docs'), {recursive: true}).map((name) => path.join(root, 'site/docs', String(name))),
    ].filter((file) => /\.mdx?$/.test(file));
    assert.ok(files.length > 40, `${files.length} files`);
    let taken = 0;
    for (const file of files) {
      const content = fs.readFileSync(file, 'utf8');
      for (const format of ['md', 'mdx'] as const) {
        taken += Number(await fastPathAgrees(content, file, format));
      }
    }
    assert.ok(taken > 20, `fast path took ${taken} of ${files.length * 2}`);
  });

  it('takes every classified page of the benchmark, and agrees on it', async () => {
    const spec = {pages: 60, itemsPerPage: 4};
    for (let index = 0; index < spec.pages; index += 1) {
      if (!isPlain(index, spec)) {
        const content = pageContent(index, spec, 'classification');
        assert.ok(await fastPathAgrees(content, `/site/docs/page-${index}.md`, 'mdx'), content);
      }
    }
  });

  for (const fixture of propertyFixtures('fast-path')) {
    it(`kept counterexample ${fixture.name}`, async () => {
      await checkFastPath(fixture);
    });
  }
});
