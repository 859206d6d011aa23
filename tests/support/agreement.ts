/** The invariants of the property tests, shared by `npm test` and `npm run fuzz`. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {DEFAULT_CONFIG} from '@docusaurus/core/lib/server/configValidation.js';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {
  collect,
  collectLinks,
  createParsers,
  DEFAULT_KINDS,
  DEFAULT_LEVELS,
  fileTitle,
  formatProblem,
  mayClassify,
  DEFAULT_KEYWORDS,
  newReader,
  preprocess,
} from './internals.ts';
import type {Root} from 'mdast';
import {compileWithDocusaurus} from './docusaurus.ts';
import {renderedItems} from './pipeline.ts';
import {PARTIAL, type Doc} from './arbitrary.ts';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/property');

const taxonomy = {levels: DEFAULT_LEVELS, kinds: DEFAULT_KINDS};
const reader = newReader(taxonomy);

/** Invariants 1 and 2: the index scan and the rendered page list the same items, a partial's included. */
export async function checkAgreement(doc: Doc): Promise<void> {
  const {content} = doc;
  // A page with partials is written to disk beside them, where the scan follows its imports.
  const dir = doc.partials ? fs.mkdtempSync(path.join(os.tmpdir(), 'classification-partials-')) : undefined;
  const filePath = dir ? path.join(dir, path.basename(doc.filePath)) : doc.filePath;
  try {
    const rendered: Record<string, ReturnType<typeof renderedItems>> = {};
    for (const [name, text] of Object.entries(doc.partials ?? {})) {
      const partialPath = path.join(dir!, name);
      fs.writeFileSync(partialPath, text);
      rendered[PARTIAL.name] = renderedItems((await compileWithDocusaurus(text, {filePath: partialPath})).tree);
    }
    if (dir) {
      fs.writeFileSync(filePath, content);
    }
    await agree(filePath, content, rendered);
  } finally {
    if (dir) {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  }
}

async function agree(filePath: string, content: string, partials: Record<string, ReturnType<typeof renderedItems>>): Promise<void> {
  const compiled = await compileWithDocusaurus(content, {filePath});
  const scanned = await reader.readSource({filePath, content, frontMatter: compiled.frontMatter});
  assert.deepEqual(scanned.problems, [], 'generated pages are valid');
  const fromIndex = scanned.items.map(({id, level, kind, title}) => ({id, level, kind, title}));
  assert.deepEqual(renderedItems(compiled.tree, partials), fromIndex);
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

let parsers: Awaited<ReturnType<typeof createParsers>> | undefined;

/** What collect() finds, in plain data: everything the scan and the remark plugin use. */
async function findings(tree: Root, source: string, filePath: string, frontMatter: Record<string, unknown>) {
  const collection = await collect(tree, {taxonomy, frontMatter, source, fallbackTitle: fileTitle(filePath)});
  const place = (node: {position?: {start: {line: number; column: number}}}) =>
    `${node.position?.start.line}:${node.position?.start.column}`;
  return {
    pageTitle: collection.pageTitle,
    items: collection.items.map((entry) => entry.item),
    problems: collection.problems.map((problem) => formatProblem(problem, filePath)),
    found: collection.found.map(({form, value}) => `${form}@${place((value as {node: {position?: {start: {line: number; column: number}}}}).node)}`),
    directives: collection.directives.map((node) => `${node.type}:${node.name}@${place(node)}`),
  };
}

/** micromark's tree of a preprocessed page, as the scan parses it; undefined on a syntax error. */
async function parseReal(source: string, filePath: string, format: 'md' | 'mdx'): Promise<Root | undefined> {
  parsers ??= await createParsers(DEFAULT_CONFIG.markdown);
  try {
    return parsers[format](source, filePath);
  } catch {
    return undefined;
  }
}

/**
 * Invariant 4: a page the quick check `mayClassify()` passes over (the scan
 * skips it, the remark plugin only badges its links) holds nothing collect()
 * would find, and `collectLinks()` finds collect()'s links and definitions.
 * Returns whether the check passed over the page.
 */
export async function checkPassedOver({filePath, content}: Doc, format: 'md' | 'mdx'): Promise<boolean> {
  const source = preprocess(DEFAULT_CONFIG.markdown, content, filePath, DEFAULT_KEYWORDS);
  const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath, fileContent: content});
  // The scan checks the file as read, the remark plugin the preprocessed text.
  assert.equal(mayClassify(content, frontMatter, taxonomy), mayClassify(source, frontMatter, taxonomy), content);
  if (mayClassify(source, frontMatter, taxonomy)) {
    return false;
  }
  const tree = await parseReal(source, filePath, format);
  if (!tree) {
    return true; // the MDX loader reports the syntax error
  }
  const found = await findings(tree, source, filePath, frontMatter);
  assert.deepEqual(
    {items: found.items, problems: found.problems, found: found.found, directives: found.directives},
    {items: [], problems: [], found: [], directives: []},
    `${format}:\n${content}`,
  );
  const full = await collect(tree, {taxonomy, frontMatter, source, fallbackTitle: fileTitle(filePath)});
  const links = collectLinks(tree);
  assert.deepEqual(links.links, full.links, `${format}:\n${content}`);
  assert.deepEqual([...links.definitions], [...full.definitions], `${format}:\n${content}`);
  return true;
}

/** Kept counterexamples: `passed-over-*` ones for invariant 4, the others for invariants 1 and 2. */
export function propertyFixtures(invariant: 'agreement' | 'passed-over' = 'agreement'): (Doc & {name: string})[] {
  if (!fs.existsSync(FIXTURES)) {
    return [];
  }
  return fs
    .readdirSync(FIXTURES)
    .filter((name) => /\.mdx?$/.test(name) && name.startsWith('passed-over-') === (invariant === 'passed-over'))
    .sort()
    .map((name) => ({
      name,
      filePath: `/site/docs/${name}`,
      content: fs.readFileSync(path.join(FIXTURES, name), 'utf8'),
    }));
}
