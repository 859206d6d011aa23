/**
 * The unit test files that change nothing of their process, run in one
 * process: run.mjs names them in TEST_TOGETHER (a process each cost more
 * than their tests). A file that publishes a snapshot, sets an environment
 * variable or changes the working directory runs alone (ISOLATED in
 * run.mjs); this runner fails when one of these files did.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import {after} from 'node:test';
import {pathToFileURL} from 'node:url';
import {PLUGIN_NAME} from '../../plugin/lib/model/names.js';
import {SNAPSHOTS_VARIABLE} from '../../plugin/lib/docusaurus/hand-off.js';

const files = (process.env.TEST_TOGETHER ?? '').split(',').filter(Boolean);
const [cwd, env] = [process.cwd(), {...process.env}];
for (const file of files) {
  await import(pathToFileURL(path.resolve(file)).href);
}

after(() => {
  const published = (globalThis as Record<symbol, Map<string, unknown> | undefined>)[Symbol.for(PLUGIN_NAME)];
  assert.equal(published?.size ?? 0, 0, 'a file run together published a snapshot: list it in ISOLATED (tests/run.mjs)');
  assert.equal(process.env[SNAPSHOTS_VARIABLE], undefined, 'a file run together named a snapshot folder: list it in ISOLATED');
  assert.equal(process.cwd(), cwd, 'a file run together changed the working directory: list it in ISOLATED');
  const changed = Object.keys({...env, ...process.env}).filter((key) => env[key] !== process.env[key]);
  assert.deepEqual(changed, [], 'a file run together changed the environment: list it in ISOLATED');
});
