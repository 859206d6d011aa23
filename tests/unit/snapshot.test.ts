/**
 * The snapshot resolves what pages name that only the whole site can tell
 * apart from a mistake (a release), through the form that named it, and
 * reports each at its place: a partial's in the partial.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {after, describe, it} from 'node:test';
import {DEFAULT_CONFIG} from '@docusaurus/core/lib/server/configValidation.js';
import {buildSnapshot, collect, DEFAULT_KEYWORDS, DEFAULT_KINDS, DEFAULT_LEVELS, defaultSettings, Reader} from '../support/internals.ts';

const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'classification-snapshot-'));
const taxonomy = {levels: DEFAULT_LEVELS, kinds: DEFAULT_KINDS};

/** A reader whose collect names the `value` of every `::named{value=…}` for a form "named". */
const reader = new Reader({
  markdown: DEFAULT_CONFIG.markdown,
  taxonomy,
  anchorsMaintainCase: false,
  admonitionKeywords: DEFAULT_KEYWORDS,
  siteDir,
  collect: async (tree, options) => {
    const collection = await collect(tree, options);
    for (const [index, node] of tree.children.entries()) {
      if (node.type === 'leafDirective' && node.name === 'named') {
        collection.references.push({form: 'named', value: String(node.attributes?.value), line: node.position?.start.line ?? index, column: 1});
      }
    }
    return collection;
  },
});

after(() => fs.rmSync(siteDir, {recursive: true, force: true}));

describe('the snapshot', () => {
  it('resolves what pages name through the form that named it, each problem at its place', async () => {
    const write = (name: string, text: string) => {
      fs.writeFileSync(path.join(siteDir, name), text);
      return path.join(siteDir, name);
    };
    write('_partial.mdx', 'Text :beta\n\n::named{value=nowhere}\n');
    const pages = [write('a.mdx', "import Partial from './_partial.mdx';\n\n:::beta[A]{kind=api since=2.1}\n:::\n\n::named{value=2.1}\n\n::named{value=9.9}\n\n<Partial />\n")].map((filePath) => ({
      filePath,
      frontMatter: {},
      permalink: '/a',
      source: 'a.mdx',
      title: 'A',
    }));
    const asked: string[] = [];
    const snapshot = await buildSnapshot({
      settings: defaultSettings(),
      taxonomy,
      pages,
      reader,
      versions: [],
      today: '2026-12-01',
      contentRoots: [],
      siteDir,
      baseUrl: '/',
      resolvers: new Map([
        [
          'named',
          (value: string, site: {releases: readonly {label: string}[]}) => {
            asked.push(value);
            return site.releases.some((release) => release.label === value) ? undefined : {message: `no release ${value}`, expected: 'a release', suggestion: 'fix it'};
          },
        ],
      ]),
    });
    assert.deepEqual(asked, ['2.1', '9.9', 'nowhere']);
    assert.deepEqual(snapshot.problems.map((line) => line.replace(`${siteDir}/`, '')), [
      'a.mdx:8:1: no release 9.9; expected a release (fix it)',
      '_partial.mdx:3:1: no release nowhere; expected a release (fix it)',
    ]);
  });
});
