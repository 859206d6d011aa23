/**
 * The scan's fast path (plugin/src/quick-parse.ts) against the real parser:
 * wherever it takes a page, collect() must find on its tree exactly what it
 * finds on micromark's (items with ids, titles and positions, the page
 * title, every problem with its place, badges, tables, lists), in both
 * formats. Pages it cannot parse fall back, which is always correct; the
 * tests also hold it to taking the pages it is for, or the scan is slow again.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {DEFAULT_CONFIG} from '@docusaurus/core/lib/server/configValidation.js';
import {collect, fileTitle, OWN_DIRECTIVES} from '../../plugin/lib/collect.js';
import {quickParse} from '../../plugin/lib/quick-parse.js';
import {createParsers, preprocess} from '../../plugin/lib/scan.js';
import {DEFAULT_KINDS, DEFAULT_LEVELS} from '../../plugin/lib/taxonomy.js';
import {formatProblem} from '../../plugin/lib/problems.js';
import {isPlain, pageContent} from '../../bench/generate.ts';
import {doc, foreignDoc} from '../support/arbitrary.ts';
import type {Root} from 'mdast';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const taxonomy = {levels: DEFAULT_LEVELS, kinds: DEFAULT_KINDS};
const ours = new Set([...DEFAULT_LEVELS.map((level) => level.id), ...OWN_DIRECTIVES]);
const parsers = await createParsers(DEFAULT_CONFIG.markdown);
const runs = Number(process.env.PROPERTY_RUNS ?? 200);

/** Front matter as Docusaurus reads it, for collect()'s page item and title. */
async function frontMatterOf(content: string, filePath: string): Promise<Record<string, unknown>> {
  const {DEFAULT_PARSE_FRONT_MATTER} = await import('@docusaurus/utils');
  return (await DEFAULT_PARSE_FRONT_MATTER({filePath, fileContent: content})).frontMatter;
}

/** What collect() finds, in plain data: everything the scan and the remark plugin use. */
async function findings(tree: Root, source: string, filePath: string, frontMatter: Record<string, unknown>) {
  const collection = await collect(tree, {taxonomy, frontMatter, source, fallbackTitle: fileTitle(filePath)});
  const place = (node: {position?: {start: {line: number; column: number}}}) =>
    `${node.position?.start.line}:${node.position?.start.column}`;
  return {
    pageTitle: collection.pageTitle,
    items: collection.items.map((entry) => entry.item),
    problems: collection.problems.map((problem) => formatProblem(problem, filePath)),
    badges: collection.badges.map((badge) => `${badge.level.id}@${place(badge.node)}`),
    tables: collection.tables.map((table) => `${table.kind.id}@${place(table.node)}`),
    lists: collection.lists.map((list) => `${list.kind}/${list.level}@${place(list.node)}`),
    directives: collection.directives.map((node) => `${node.type}:${node.name}@${place(node)}`),
  };
}

/**
 * Compares both parsers on one page in one format; returns whether the fast
 * path took it. A page the real parser rejects (JSX in .md syntax, …) is skipped.
 */
async function agrees(content: string, filePath: string, format: 'md' | 'mdx'): Promise<boolean> {
  const source = preprocess(DEFAULT_CONFIG.markdown, content, filePath);
  const quick = quickParse(source, format, ours);
  if (!quick) {
    return false;
  }
  let real: Root;
  try {
    real = parsers[format](source, filePath);
  } catch {
    assert.fail(`the fast path took a page the ${format} parser rejects:\n${content}`);
  }
  const frontMatter = await frontMatterOf(content, filePath);
  assert.deepEqual(
    await findings(quick, source, filePath, frontMatter),
    await findings(real, source, filePath, frontMatter),
    `${format}:\n${content}`,
  );
  return true;
}

/** Pages the fast path is for: headings, plain paragraphs and directives, valid or not. */
const simplePage = fc
  .record({
    matter: fc.option(
      fc.record({level: fc.constantFrom('beta', 'stable', 'gamma'), kind: fc.constantFrom('api', 'package', 'widget')}),
      {nil: undefined},
    ),
    h1: fc.option(fc.constantFrom('Title', 'A:b title', 'Ünïcödé ☃ 🚀'), {nil: undefined}),
    blocks: fc.array(
      fc.oneof(
        fc.record({
          depth: fc.integer({min: 2, max: 3}),
          text: fc.constantFrom('Same', 'Section 1', 'a:b and 16:9', 'Name_with-dash', 'Ünïcödé 名前', 'Emoji 🚀 here', 'The _emphasized_ one', 'A **bold** move', 'C# and `code`'),
          directive: fc.constantFrom('', ' :beta{kind=api}', ' :alpha{kind=feature since=2.18}', ' :beta', ' :beta{kind=nope}', ' :beta{id=hid kind=api}', ' :stable{kind=api}', ' :smile'),
          custom: fc.constantFrom('', ' {#custom-id}', ' {#same}'),
        }).map(({depth, text, directive, custom}) => `${'#'.repeat(depth)} ${text}${directive}${custom}`),
        fc.record({
          fence: fc.constantFrom(':::', '::::'),
          level: fc.constantFrom('alpha', 'beta', 'stable', 'gama', 'note'),
          label: fc.constantFrom('', '[Item]', '[Same]', '[Ünïcödé 名前]', '[a.b c]', '[_under_ score]'),
          attributes: fc.constantFrom('', '{kind=api}', '{#my-id kind=package}', '{kind=model framework="PyTorch Neuron" workload=training}', "{kind='feature' since=v2}", '{ kind=api  title="Titled" }', '{kind=api since=soon}', '{kind=api .extra}', '{kind=api id="with space"}', '{kind=modle}', '{kind}'),
          body: fc.constantFrom('Body.', 'Body with :beta inline.', 'Two\nlines.', '## Inner heading\n\nText.', 'Body with `code` and [a link](https://example.com).', 'Before.\n\n:::\n\nAfter.'),
        }).map(({fence, level, label, attributes, body}) => `${fence}${level}${label}${attributes}\n\n${body}\n\n${fence}`),
        fc.constantFrom(
          'Plain prose, ratio 16:9, a:b.',
          'Prose with :beta and :alpha{since=2.18} badges.',
          'Prose with :beta{kind=api since=later} badge.',
          'Two lines of prose\nwith :stable on the second.',
          'Prose with *emphasis*, `code` and a [link](https://example.com).',
          '::classification-table{kind=api}',
          '::classification-list{kind=api level=beta}',
          '::classification-matrix',
          '::classification-table{kind=nothing}',
          '::beta{kind=api}',
          '::youtube{#video}',
          ':::classification-table{kind=api}\n\nx\n\n:::',
        ),
      ),
      {minLength: 1, maxLength: 10},
    ),
  })
  .map(({matter, h1, blocks}) => {
    const parts: string[] = [];
    if (matter) {
      parts.push(`---\ntitle: Page\nclassification: ${matter.level}\nclassification_kind: ${matter.kind}\n---`);
    }
    if (h1) {
      parts.push(`# ${h1}`);
    }
    parts.push(...blocks);
    return `${parts.join('\n\n')}\n`;
  });

describe('the scan fast path', () => {
  it(`agrees with micromark on ${runs} pages of headings, paragraphs and directives, and takes most`, async () => {
    let taken = 0;
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(simplePage, fc.constantFrom<'md' | 'mdx'>('md', 'mdx'), async (content, format) => {
        tried += 1;
        taken += Number(await agrees(content, `/site/docs/simple.${format}`, format));
      }),
      {numRuns: runs},
    );
    // Code spans and links next to a badge, ambiguous attributes: the real parser.
    assert.ok(taken / tried > 0.15, `fast path took ${taken} of ${tried}`);
  });

  it(`agrees with micromark wherever it takes a property-test page (${runs} pages, each format)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(doc, foreignDoc), async ({content, filePath}) => {
        await agrees(content, filePath, 'md');
        await agrees(content, filePath, 'mdx');
      }),
      {numRuns: runs},
    );
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
        taken += Number(await agrees(content, file, format));
      }
    }
    assert.ok(taken > 20, `fast path took ${taken} of ${files.length * 2}`);
  });

  it('takes every classified page of the benchmark, and agrees on it', async () => {
    const spec = {pages: 60, itemsPerPage: 4};
    for (let index = 0; index < spec.pages; index += 1) {
      if (!isPlain(index, spec)) {
        const content = pageContent(index, spec, 'classification');
        assert.ok(await agrees(content, `/site/docs/page-${index}.md`, 'mdx'), content);
      }
    }
  });
});
