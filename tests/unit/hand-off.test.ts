/**
 * One snapshot per instance, handed to the pages' compiles: built once per
 * load of the site, frozen, readable in this realm and, from the file the
 * plugin writes, in a worker thread where the plugin never ran.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {Worker} from 'node:worker_threads';
import {siteFor, snapshotFile, SNAPSHOTS_VARIABLE} from '../support/internals.ts';
import {loadPlugin} from '../support/plugin-load.ts';

let siteDir: string;
const page = ':::development[Exporter]{kind=api}\n:::\n\n::classification-list{kind=api}\n';

/** Compiles a page in a worker thread; `env` replaces the environment it inherits. */
function compileInWorker(fileContent: string, env?: NodeJS.ProcessEnv, remark?: {pluginId: string}): Promise<{code: string}> {
  const worker = new Worker(new URL('../support/compile-worker.mjs', import.meta.url), {
    workerData: {fileContent, filePath: path.join(siteDir, 'docs/page.md'), siteDir, remark},
    ...(env ? {env} : {}),
  });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/** The plugin through allContentLoaded, as Docusaurus runs it before any page compiles. */
async function load(id: string) {
  await loadPlugin(siteDir, {id, levels: [{id: 'development', label: 'Development', phase: 'preview'}, {id: 'stable'}]}, ['docs/page.md']);
}

describe('the hand-off', () => {
  before(async () => {
    siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'classification-hand-off-'));
    fs.mkdirSync(path.join(siteDir, 'docs'));
    fs.writeFileSync(path.join(siteDir, 'docs/page.md'), page);
    await load('handed');
  });
  after(() => {
    fs.rmSync(siteDir, {recursive: true, force: true});
  });

  it('one frozen snapshot per load of the site: a reload builds a new one', async () => {
    const first = siteFor('handed')!.snapshot;
    assert.ok(Object.isFrozen(first) && Object.isFrozen(first.entries) && Object.isFrozen(first.entries[0]));
    assert.throws(() => {
      (first.entries as unknown as unknown[]).push({});
    }, TypeError);
    assert.deepEqual(first.entries.map((entry) => [entry.id, entry.level]), [['exporter', 'development']]);
    await load('handed');
    assert.notEqual(siteFor('handed')!.snapshot, first);
  });

  it('a compile in a worker thread, where the plugin never ran, reads the snapshot from the file the plugin wrote', async () => {
    const dir = process.env[SNAPSHOTS_VARIABLE]!;
    assert.ok(fs.existsSync(snapshotFile(dir, 'handed')), 'written under the generated files');
    const {code} = await compileInWorker(page, undefined, {pluginId: 'handed'});
    // The instance's taxonomy (a level of its own) and its index (the list holds the item).
    assert.match(code, /level: "development"|level="development"/);
    assert.match(code, /"title":"Exporter"|title: "Exporter"/);
    assert.match(code, /built: true|built=\{true\}/);
  });

  it('without the file, the worker has the remark plugin alone: another taxonomy, no index', async () => {
    const {[SNAPSHOTS_VARIABLE]: _dir, ...env} = process.env;
    const {code} = await compileInWorker(':::development[Exporter]{kind=api}\n:::\n\n::classification-list{kind=api}\n', env);
    assert.doesNotMatch(code, /level: "development"|level="development"/);
    assert.match(code, /built: false|built=\{false\}/);
  });
});
