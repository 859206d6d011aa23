/**
 * The forms that show the site inside any page, through Docusaurus's MDX
 * pipeline: `::classification-changes{release=… kind=…}`, a release's
 * changes (release notes; a release the site does not have is a problem of
 * the build, at its place), and `::classification-matrix`, items by scope.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {compileWithDocusaurus} from '../support/docusaurus.ts';
import {loadPlugin, writeSiteFile} from '../support/plugin-load.ts';
import {visit} from 'unist-util-visit';
import type {Root} from 'mdast';

let siteDir: string;

const write = (name: string, text: string): string => writeSiteFile(siteDir, name, text);

/** The plugin through allContentLoaded over the docs given (and those of an older docs version 1.0), with a registry whose histories make the releases. */
async function load(docs: string[], older?: string[]) {
  const versions = [{name: 'current', files: docs}, ...(older ? [{name: '1.0', files: older, prefix: '/1.0'}] : [])];
  await loadPlugin(siteDir, {id: 'default', registry: 'classification.yml'}, versions);
}

/** The props of each `component` element of the page, as compiled. */
function elements(tree: Root, component: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  visit(tree, 'mdxJsxFlowElement', (node) => {
    if (node.name === `_${component}`) {
      const props: Record<string, unknown> = {};
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute') {
          const raw = attribute.value;
          props[attribute.name] = typeof raw === 'object' && raw !== null ? JSON.parse(raw.value) : raw;
        }
      }
      found.push(props);
    }
  });
  return found;
}

const prop = (tree: Root, name: string): unknown => elements(tree, 'ClassificationReleases')[0]?.[name];

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

describe('::classification-matrix', () => {
  before(() => {
    siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'classification-matrix-form-'));
    write('docs/models.md', '# Models\n\n:::beta[Llama]{kind=model framework=PyTorch workload=training}\n:::\n');
    write('docs/instances.md', '# Instances\n\n:::alpha[trn2]{kind=instance region=us-east-1}\n:::\n');
  });
  after(() => fs.rmSync(siteDir, {recursive: true, force: true}));

  it('without a kind, one matrix per kind with scoped items (two kinds share no columns); with one, that kind\'s', async () => {
    const instance = {label: 'Instance type', plural: 'Instance types', requires: ['region']};
    await loadPlugin(siteDir, {kinds: {instance}}, ['docs/models.md', 'docs/instances.md']);
    const filePath = path.join(siteDir, 'docs/overview.md');
    const all = await compileWithDocusaurus('# Overview\n\n::classification-matrix\n', {filePath, siteDir});
    const matrices = elements(all.tree, 'ClassificationMatrix');
    const shown = (props: Record<string, unknown>) => [props.corner, (props.entries as {id: string; scope: object}[]).map((entry) => [entry.id, Object.keys(entry.scope)])];
    assert.deepEqual(matrices.map(shown), [
      ['Model class', [['llama-pytorch-training', ['framework', 'workload']]]],
      ['Instance type', [['trn2-us-east-1', ['region']]]],
    ]);
    assert.match(all.code, /className: "classification-matrices"/, 'side by side in one block');
    const one = await compileWithDocusaurus('::classification-matrix{kind=instance}\n', {filePath, siteDir});
    assert.deepEqual(elements(one.tree, 'ClassificationMatrix').map(shown), [['Instance type', [['trn2-us-east-1', ['region']]]]]);
  });
});

describe('a registry item in versioned docs', () => {
  before(() => {
    siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'classification-versioned-registry-'));
    write('classification.yml', 'cache:\n  title: Compilation cache\n  kind: api\n  history:\n    - {level: alpha, since: "1.0"}\n    - {level: beta, since: "2.0"}\n');
    write('docs/cache.md', '# Cache\n\n:::classification{ref=cache}\n:::\n');
    write('versioned_docs/version-1.0/cache.md', '# Cache\n\n:::classification{ref=cache}\n:::\n');
  });
  after(() => fs.rmSync(siteDir, {recursive: true, force: true}));

  it('each docs version compiles the level its history gives at that version (1.0: Alpha since 1.0; Next: Beta since 2.0)', async () => {
    await loadPlugin(siteDir, {registry: 'classification.yml'}, [
      {name: 'current', files: ['docs/cache.md']},
      {name: '1.0', files: ['versioned_docs/version-1.0/cache.md'], prefix: '/1.0'},
    ]);
    const callout = async (file: string, text = '# Cache\n\n:::classification{ref=cache}\n:::\n') =>
      elements((await compileWithDocusaurus(text, {filePath: path.join(siteDir, file), siteDir})).tree, 'ClassificationCallout')[0];
    const [old, current] = [await callout('versioned_docs/version-1.0/cache.md'), await callout('docs/cache.md')];
    assert.deepEqual([old?.level, old?.since, current?.level, current?.since], ['alpha', '1.0', 'beta', '2.0']);
  });
});
