/**
 * `::classification-changes{release=… kind=…}`: a release's changes inside
 * any page (release notes), through Docusaurus's MDX pipeline; a release the
 * site does not have is a problem of the build, at its place.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {DEFAULT_CONFIG} from '@docusaurus/core/lib/server/configValidation.js';
import {normalizeOptions} from '../support/internals.ts';
import {compileWithDocusaurus} from '../support/docusaurus.ts';
import {visit} from 'unist-util-visit';
import type {LoadContext} from '@docusaurus/types';
import type {Root} from 'mdast';

const pluginClassification = (
  createRequire(import.meta.url)('docusaurus-plugin-classification') as typeof import('docusaurus-plugin-classification')
).default;

let siteDir: string;

function write(name: string, text: string): string {
  const file = path.join(siteDir, name);
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, text);
  return file;
}

/** The plugin through allContentLoaded over the docs given (and those of an older docs version 1.0), with a registry whose histories make the releases. */
async function load(docs: string[], older?: string[]) {
  const context = {
    siteDir,
    siteConfig: {...DEFAULT_CONFIG, url: 'https://example.com'},
    baseUrl: '/',
    generatedFilesDir: path.join(siteDir, '.docusaurus'),
    i18n: {currentLocale: 'en', defaultLocale: 'en', locales: ['en']},
  } as unknown as LoadContext;
  const plugin = pluginClassification(context, normalizeOptions({id: 'default', registry: 'classification.yml'}));
  await plugin.loadContent!();
  const version = (versionName: string, prefix: string, files: string[]) => ({
    versionName,
    label: versionName === 'current' ? 'Next' : versionName,
    isLast: versionName === 'current',
    contentPath: path.join(siteDir, path.dirname(files[0] ?? 'docs/x')),
    docs: files.map((file) => ({id: path.basename(file, '.md'), source: `@site/${file}`, permalink: `${prefix}/${path.basename(file, '.md')}`, title: path.basename(file, '.md'), frontMatter: {}})),
  });
  const loadedVersions = [version('current', '', docs), ...(older ? [version('1.0', '/1.0', older)] : [])];
  const allContent = {'docusaurus-plugin-content-docs': {default: {loadedVersions}}};
  await plugin.allContentLoaded!({allContent, actions: {addRoute() {}, createData: async (name: string) => name, setGlobalData() {}}} as never);
}

/** A prop of the page's ClassificationReleases element, as compiled. */
function prop(tree: Root, name: string): unknown {
  let value: unknown;
  visit(tree, 'mdxJsxFlowElement', (node) => {
    if (node.name === '_ClassificationReleases') {
      const attribute = node.attributes.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === name);
      const raw = attribute?.value;
      value = typeof raw === 'object' && raw !== null ? JSON.parse(raw.value) : raw;
    }
  });
  return value;
}

const releases = (tree: Root) => prop(tree, 'releases') as {label: string; changes: {title: string; change: string; anchor: string}[]}[];

describe('::classification-changes', () => {
  before(() => {
    siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'classification-changes-form-'));
    write('classification.yml', [
      'rt:\n  title: Runtime async\n  kind: api\n  history:\n    - {level: alpha, since: "2.15"}\n    - {level: beta, since: "2.18"}\n',
      'nxd:\n  title: NxD\n  kind: package\n  history:\n    - {level: alpha, since: "2.16"}\n    - {level: beta, since: "2.18"}\n',
    ].join(''));
    write('docs/api.md', '# API\n\n## Runtime async :classification{ref=rt}\n');
  });
  after(() => fs.rmSync(siteDir, {recursive: true, force: true}));

  it('shows the latest release by default, or the one named, one kind or all, each change linking to its item', async () => {
    await load(['docs/api.md']);
    const filePath = path.join(siteDir, 'docs/notes.md');
    const latest = await compileWithDocusaurus('# Release notes\n\n::classification-changes\n', {filePath, siteDir});
    assert.match(latest.code, /_ClassificationReleases/);
    assert.deepEqual(releases(latest.tree).map((release) => [release.label, release.changes.map((change) => `${change.change} ${change.title} ${change.anchor}`)]), [
      ['2.18', ['promoted Runtime async /api#runtime-async', 'promoted NxD ']],
    ]);
    const older = await compileWithDocusaurus('::classification-changes{release=2.15 kind=api}\n', {filePath, siteDir});
    assert.deepEqual(releases(older.tree).map((release) => [release.label, release.changes.map((change) => change.title)]), [['2.15', ['Runtime async']]]);
    const packages = await compileWithDocusaurus('::classification-changes{release=2.18 kind=package}\n', {filePath, siteDir});
    assert.deepEqual(releases(packages.tree)[0]!.changes.map((change) => change.title), ['NxD']);
    assert.equal(prop(packages.tree, 'headingLevel'), 3, 'a section under the page\'s own headings');
  });

  it('in versioned docs, a page shows by default the release its own docs version brought; the first version, none', async () => {
    write('docs/runtime.md', '# Runtime\n\n## Runtime async :beta{kind=api}\n');
    write('versioned/runtime.md', '# Runtime\n\n## Runtime async :alpha{kind=api}\n');
    const [current, first] = [write('docs/notes.md', '::classification-changes\n'), write('versioned/notes.md', '::classification-changes\n')];
    await load(['docs/runtime.md', 'docs/notes.md'], ['versioned/runtime.md', 'versioned/notes.md']);
    const notes = await compileWithDocusaurus('::classification-changes\n', {filePath: current, siteDir});
    assert.deepEqual(releases(notes.tree).map((release) => [release.label, release.changes.map((change) => `${change.change} ${change.title}`)]), [['Next', ['promoted Runtime async']]]);
    assert.deepEqual(releases((await compileWithDocusaurus('::classification-changes\n', {filePath: first, siteDir})).tree), []);
    // Named, whatever the page's version.
    assert.equal(releases((await compileWithDocusaurus('::classification-changes{release=1.0..current}\n', {filePath: first, siteDir})).tree).length, 1);
  });

  it('a release the site does not have stops the build at its place, naming those it has', async () => {
    const notes = write('docs/notes.md', '# Notes\n\n::classification-changes{release=2.19}\n');
    await assert.rejects(
      load(['docs/api.md', 'docs/notes.md']),
      (error: Error) =>
        error.message.includes(
          `${notes.replace(`${process.cwd()}/`, '')}:3:1: ::classification-changes names release "2.19", which the site does not have; expected one of 2.18, 2.16, 2.15 (did you mean "2.18"?)`,
        ),
    );
  });

  it('refuses an attribute it does not take and a kind the site does not have', async () => {
    const {code: _code, ...rest} = await compileWithDocusaurus('::classification-changes{kind=apii}\n', {siteDir}).catch((error: Error) => ({code: '', error}));
    assert.match(String((rest as {error?: Error}).error), /unknown kind "apii" in ::classification-changes; expected one of api, package, feature, model \(did you mean "api"\?\)/);
    const other = await compileWithDocusaurus('::classification-changes{version=2.18}\n', {siteDir}).catch((error: Error) => error);
    assert.match(String(other), /unknown attribute "version" on ::classification-changes; expected only release, kind/);
  });
});
