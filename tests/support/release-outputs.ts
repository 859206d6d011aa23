/**
 * The release view's outputs under hostile text, by property: releases whose
 * titles, ids (in anchors and item names) and scopes are drawn from what
 * breaks formats (link syntax, line breaks, lone surrogates, bidi controls,
 * `&`, `]]>`, markup) are written as Markdown, a table, JSON, HTML and Atom;
 * each output is read back by a strict parser of its format and must hold
 * every change once, its title and cell as text, and nothing else.
 */
import assert from 'node:assert/strict';
import {createElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import fc from 'fast-check';
import {parseFragment, type DefaultTreeAdapterMap} from 'parse5';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import sax from 'sax';
import {unified} from 'unified';
import type {Change, Release} from 'docusaurus-plugin-classification';
import {changesFeed, changeTitle, cliOutput, normalizeOptions, plainText, wellFormed} from './internals.ts';
import type {Theme} from './theme.ts';

const taxonomy = normalizeOptions({});
const LEVELS = taxonomy.levels.map(({id, label}) => ({id, label}));
const KINDS = taxonomy.kinds.map(({id, plural}) => ({id, plural}));
const kindOrder = (kind: string) => KINDS.findIndex((candidate) => candidate.id === kind);
const labelOf = (level: string | undefined) => LEVELS.find((candidate) => candidate.id === level)?.label ?? level ?? '';
const WORDS: Record<Change['change'], string> = {promoted: 'Promoted', demoted: 'Demoted', new: 'New', deprecated: 'Deprecated', removed: 'Removed'};

/** Pieces of text that break one format or another. */
const PIECES = ['[', ']', '(', ')', '](', '[x](https://evil.example/)', '<', '>', '<script>', '&', '&amp;', '&copy;', ']]>', '\n', '\r\n', '\n\n# H', '\u2028', '\u0085', '\t',
  '\u0000', '\ufffe', '\uD800', '\uDC00', '\u202E', '\u200F', '*', '_', '`', '~~', '#', '|', '\\', 'www.evil.example', 'https://evil.example', 'a@b.co', '{x}', '$', '"', "'",
  ' ', '  ', 'a', 'Llama 2', 'é', '😀', '𝐀', '𠀁', '-', '1.', ':'];
const hostile = (maxLength: number) => fc.array(fc.constantFrom(...PIECES), {minLength: 1, maxLength}).map((pieces) => pieces.join(''));
/** An id as a page may write one (no whitespace, `#`, control character or lone surrogate; emoji welcome), without `%` (a URL reads it as an escape). */
const hostileId = hostile(6).map((text) => wellFormed(text).replace(/[\s#%\u0000-\u001f\u007f-\u009f\ufffe\uffff\u2028\u2029\ufffd]/g, '') || 'x');

const change: fc.Arbitrary<Omit<Change, 'item'> & {id: string}> = fc.record(
  {
    change: fc.constantFrom<Change['change']>('promoted', 'demoted', 'new', 'deprecated', 'removed'),
    id: hostileId,
    title: hostile(8),
    kind: fc.constantFrom(...KINDS.map((kind) => kind.id)),
    scope: fc.option(fc.record({framework: hostile(4), workload: hostile(3)}), {nil: undefined}),
    from: fc.option(fc.constantFrom(...LEVELS.map((level) => level.id)), {nil: undefined}),
    to: fc.constantFrom(...LEVELS.map((level) => level.id)),
    anchor: fc.boolean(),
  },
  {requiredKeys: ['change', 'id', 'title', 'kind', 'to', 'anchor']},
).map(({anchor, id, scope, from, ...rest}) => ({...rest, id, ...(scope ? {scope} : {}), ...(from ? {from} : {}), anchor: anchor ? `/docs/page#${id}` : ''}));

/** Releases of hostile changes, each item once per release (as the release view gives them). */
export const hostileReleases: fc.Arbitrary<Release[]> = fc
  .array(fc.array(change, {minLength: 1, maxLength: 5}), {minLength: 1, maxLength: 3})
  .map((releases) =>
    releases.map((changes, index) => ({
      label: `${3 - index}.0`,
      // As the release view orders them: by kind.
      changes: changes
        .map(({id, ...rest}, at) => ({...rest, item: `${rest.anchor ? 'docs/page' : 'registry:'}#${id}#${at}`}))
        .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind)),
    })),
  );

/** A change's line as every format words it: "New: Title (framework · workload) (Alpha → Beta)". */
function line(change: Change): string {
  const levels = change.from && change.to ? `${labelOf(change.from)} → ${labelOf(change.to)}` : labelOf(change.to ?? change.from);
  return `${WORDS[change.change]}: ${changeTitle(change)} (${levels})`;
}

type MdNode = {type: string; url?: string; value?: string; children?: MdNode[]};
const mdNodes = (node: MdNode): MdNode[] => [node, ...(node.children ?? []).flatMap(mdNodes)];
/** A node's text, without the word joiners that keep GFM from linking addresses. */
const mdText = (node: MdNode): string => (node.value ?? (node.children ?? []).map(mdText).join('')).replace(/\u2060/g, '');

function checkMarkdown(releases: Release[], changes: Change[]): void {
  const markdown = cliOutput({releases, taxonomy} as never, {changes: true, format: 'markdown'} as never);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as unknown as MdNode;
  const allowed = new Set(['root', 'heading', 'text', 'list', 'listItem', 'paragraph', 'strong', 'link']);
  assert.deepEqual(mdNodes(tree).filter((node) => !allowed.has(node.type)).map((node) => node.type), [], markdown);
  const items = mdNodes(tree).filter((node) => node.type === 'listItem');
  assert.equal(items.length, changes.length, markdown);
  items.forEach((item, index) => {
    const expected = changes[index]!;
    assert.equal(mdText(item), line(expected), markdown);
    const links = mdNodes(item).filter((node) => node.type === 'link');
    assert.equal(links.length, expected.anchor ? 1 : 0, markdown);
    if (expected.anchor) {
      assert.equal(mdText(links[0]!), changeTitle(expected));
      assert.equal(decodeURIComponent(links[0]!.url!), plainText(expected.anchor));
    }
  });
}

function checkTable(releases: Release[], changes: Change[]): void {
  const table = cliOutput({releases, taxonomy} as never, {changes: true, format: 'table'} as never).split('\n');
  const rows = table.filter((row) => row.startsWith('  '));
  assert.equal(rows.length, changes.length, table.join('\n'));
  assert.equal(table.length, releases.length * 2 - 1 + changes.length, 'a heading per release, a line per change, a blank line between');
  rows.forEach((row, index) => {
    assert.ok(row.includes(changeTitle(changes[index]!)), row);
    assert.ok(row.trimStart().startsWith(changes[index]!.change));
  });
}

function checkJson(releases: Release[]): void {
  assert.deepEqual(JSON.parse(cliOutput({releases, taxonomy} as never, {changes: true, format: 'json'} as never)), JSON.parse(JSON.stringify(releases)));
}

type HtmlNode = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment'];
const htmlNodes = (node: HtmlNode): HtmlNode[] => [node, ...('childNodes' in node ? node.childNodes.flatMap(htmlNodes) : [])];
const htmlText = (node: HtmlNode): string => ('value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(htmlText).join('') : '');
const attribute = (node: HtmlNode, name: string) => ('attrs' in node ? node.attrs.find((candidate) => candidate.name === name)?.value : undefined);

function checkHtml(theme: Theme, releases: Release[], changes: Change[]): void {
  // As the build writes it: UTF-8 (a lone surrogate is written as U+FFFD).
  const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('utf8');
  const html = utf8(renderToStaticMarkup(createElement(theme.ClassificationReleases, {releases, levels: LEVELS, kinds: KINDS})));
  const errors: string[] = [];
  const fragment = parseFragment(html, {onParseError: (error) => errors.push(error.code)});
  assert.deepEqual(errors, [], html);
  const elements = htmlNodes(fragment).filter((node) => 'tagName' in node);
  const tags = new Set(elements.map((node) => (node as {tagName: string}).tagName));
  assert.deepEqual([...tags].filter((tag) => !['section', 'h2', 'h3', 'ul', 'li', 'strong', 'a', 'span'].includes(tag)), [], html);
  assert.deepEqual(elements.flatMap((node) => ('attrs' in node ? node.attrs.filter((candidate) => candidate.name.startsWith('on')).map((candidate) => candidate.name) : [])), []);
  const items = elements.filter((node) => attribute(node, 'data-classification-change') !== undefined);
  assert.equal(items.length, changes.length);
  items.forEach((item, index) => {
    const shown = changes[index]!;
    const links = htmlNodes(item).filter((node) => 'tagName' in node && node.tagName === 'a');
    assert.equal(links.length, shown.anchor ? 1 : 0);
    if (shown.anchor) {
      assert.equal(htmlText(links[0]!), plainText(shown.title));
      assert.equal(attribute(links[0]!, 'href'), utf8(shown.anchor));
    }
    assert.ok(htmlText(item).includes(changeTitle(shown)), htmlText(item));
  });
}

/** The feed read by sax in strict mode: each entry's id and title. */
function readFeed(xml: string): {id: string; title: string}[] {
  const parser = sax.parser(true);
  const entries: {id: string; title: string}[] = [];
  const path: string[] = [];
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    path.push(tag.name);
    if (tag.name === 'entry') {
      entries.push({id: '', title: ''});
    }
  };
  parser.onclosetag = () => void path.pop();
  parser.ontext = (text) => {
    const [parent, field] = path.slice(-2);
    if (parent === 'entry' && (field === 'id' || field === 'title')) {
      entries.at(-1)![field] += text;
    }
  };
  parser.write(xml).close();
  return entries;
}

function checkAtom(releases: Release[], changes: Change[]): void {
  const labels = {levels: Object.fromEntries(LEVELS.map(({id, label}) => [id, label])), kinds: Object.fromEntries(KINDS.map(({id, plural}) => [id, plural]))};
  const xml = changesFeed(releases, labels, {
    site: 'https://example.com/',
    page: 'https://example.com/classification/changes',
    feed: 'https://example.com/classification/changes.xml',
    title: 'What changed',
    today: '2026-12-01',
    changeLabels: WORDS,
  });
  const entries = readFeed(xml);
  assert.deepEqual(entries.map((entry) => entry.title), changes.map(line));
  assert.equal(new Set(entries.map((entry) => entry.id)).size, entries.length, 'each entry its own id');
}

/** Every output of these releases, read back strictly. */
export function checkReleaseOutputs(theme: Theme, releases: Release[]): void {
  const changes = releases.flatMap((release) => release.changes);
  checkMarkdown(releases, changes);
  checkTable(releases, changes);
  checkJson(releases);
  checkHtml(theme, releases, changes);
  checkAtom(releases, changes);
}
