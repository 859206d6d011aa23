/**
 * Under `docusaurus start` with `onInvalidContent: 'throw'`, a page's
 * problems stop its compile, so that they show in the error overlay, as an
 * MDX error does: what the page names that the site lacks (a release), and
 * the registry's problems in the pages that mention it, from the first
 * compile on.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {compileWithDocusaurus} from '../support/docusaurus.ts';
import {loadPlugin, pluginClassification, pluginContext, writeSiteFile} from '../support/plugin-load.ts';
import {normalizeOptions} from '../support/internals.ts';

let siteDir: string;

const write = (name: string, text: string): string => writeSiteFile(siteDir, name, text);

interface Rule {
  use: {loader: string; options: Record<string, unknown>}[];
}

/** The registry loader as the plugin configures webpack in `mode`, and what it reports of a page mentioning the registry. */
function registryLoader(mode: 'development' | 'production') {
  const plugin = pluginClassification(pluginContext(siteDir), normalizeOptions({registry: 'classification.yml'}));
  const config = plugin.configureWebpack!({mode} as never, false, {} as never, {} as never) as {module: {rules: Rule[]}};
  const [{loader, options}] = config.module.rules[0]!.use;
  const errors: string[] = [];
  const dependencies: string[] = [];
  const run = createRequire(import.meta.url)(loader!) as (this: unknown, source: string) => string;
  const source = '# Runtime\n\n:::classification{ref=runtime}\n:::\n';
  const output = run.call({getOptions: () => options, addDependency: (file: string) => dependencies.push(file), emitError: (error: Error) => errors.push(error.message)}, source);
  assert.equal(output, source, 'the page passes through as it is');
  return {errors, dependencies};
}

describe('problems in the error overlay', () => {
  before(() => {
    siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'classification-overlay-'));
    write('classification.yml', 'runtime:\n  title: Runtime\n  kind: pakage\n  level: beta\n');
  });
  after(() => fs.rmSync(siteDir, {recursive: true, force: true}));

  it("the registry's problems stop the compile of each page that mentions it, from the first compile on; a build reports them itself", () => {
    const dev = registryLoader('development');
    assert.deepEqual(dev.dependencies, [path.join(siteDir, 'classification.yml')], 'an edit of the registry recompiles the page');
    assert.equal(dev.errors.length, 1);
    assert.match(dev.errors[0]!, /classification\.yml:3:9: unknown kind "pakage" in "runtime"; expected one of api, package, feature, model/);
    assert.deepEqual(registryLoader('production').errors, []);
  });

  it('a page compiled after a registry edit, before the plugin read it again, shows the edited level', async () => {
    // webpack recompiles a page that mentions the registry as soon as one of its files changes (the registry loader's dependencies).
    write('classification.yml', 'other:\n  title: Other\n  kind: api\n  level: beta\n');
    write('packages.yml', 'runtime:\n  title: Runtime\n  kind: package\n  level: beta\n');
    const page = write('docs/runtime.md', '# Runtime\n\n:::classification{ref=runtime}\n\nText.\n\n:::\n');
    await loadPlugin(siteDir, {registry: ['classification.yml', 'packages.yml']}, ['docs/runtime.md'], {dev: true});
    const level = async () => /\blevel: "(\w+)"/.exec((await compileWithDocusaurus(fs.readFileSync(page, 'utf8'), {filePath: page, siteDir})).code)?.[1];
    assert.equal(await level(), 'beta');
    write('packages.yml', 'runtime:\n  title: Runtime\n  kind: package\n  level: alpha\n');
    assert.equal(await level(), 'alpha', 'the registry as it is now, not as the snapshot read it');
    write('packages.yml', 'runtime:\n  title: Runtime\n  kind: package\n  level: beta\n');
    assert.equal(await level(), 'beta', 'back to the text the snapshot read');
  });

  it('a registry edit that a page now contradicts stops that page\'s compile, before the plugin has read the registry again', async () => {
    write('classification.yml', 'runtime:\n  title: Runtime\n  kind: package\n  level: beta\n');
    const page = write('docs/asserted.md', '# Runtime\n\n:::beta{ref=runtime}\n\nText.\n\n:::\n');
    await loadPlugin(siteDir, {registry: 'classification.yml'}, ['docs/asserted.md'], {dev: true});
    await compileWithDocusaurus(fs.readFileSync(page, 'utf8'), {filePath: page, siteDir});
    write('classification.yml', 'runtime:\n  title: Runtime\n  kind: package\n  level: alpha\n');
    await assert.rejects(compileWithDocusaurus(fs.readFileSync(page, 'utf8'), {filePath: page, siteDir}), /docs\/asserted\.md:3:1: :::beta contradicts the registry: "runtime" is alpha \(.*classification\.yml:1:1\)/);
  });

  it('a release a page names that the site lacks stops that page\'s compile, not the reload', async () => {
    write('classification.yml', 'runtime:\n  title: Runtime\n  kind: package\n  history:\n    - {level: alpha, since: "2.15"}\n');
    const notes = write('docs/notes.md', '# Notes\n\n::classification-changes{release=2.19}\n');
    write('docs/other.md', '# Other\n');
    // A reload under `docusaurus start`: webpack is configured (in development mode) before it.
    await loadPlugin(siteDir, {registry: 'classification.yml'}, ['docs/notes.md', 'docs/other.md'], {dev: true});
    const relative = notes.replace(`${process.cwd()}/`, '');
    await assert.rejects(
      compileWithDocusaurus(fs.readFileSync(notes, 'utf8'), {filePath: notes, siteDir}),
      (error: Error) => error.message.includes(`${relative}:3:1: ::classification-changes names release "2.19", which the site does not have; expected one of 2.15`),
    );
    await compileWithDocusaurus(fs.readFileSync(path.join(siteDir, 'docs/other.md'), 'utf8'), {filePath: path.join(siteDir, 'docs/other.md'), siteDir});
  });
});
