/** Builds a Docusaurus site once per test file, into tests/.output. */
import {spawnSync} from 'node:child_process';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Built {
  outDir: string;
  /** Everything the build printed. */
  log: string;
}

/** The day test builds take as today. */
export const TEST_TODAY = '2026-12-01';

/** Builds the demo (the repository root) or a fixture site under tests/fixtures/sites. */
export function buildDemoSite(name = 'demo', siteDir = repoRoot, extraEnv: Record<string, string> = {}): Built {
  // Outside tests/, whose package.json says "type": "module": Docusaurus Faster loads
  // its server bundle from the output folder and would read it as ESM.
  const outDir = path.join(repoRoot, '.test-output', name);
  const cli = createRequire(import.meta.url).resolve('@docusaurus/core/bin/docusaurus.mjs');
  const result = spawnSync(process.execPath, [cli, 'build', siteDir, '--out-dir', outDir], {
    cwd: repoRoot,
    encoding: 'utf8',
    // Without the test runner's variables: under NODE_TEST_CONTEXT the build's
    // own child processes behave as test files.
    // No persistent webpack cache: it does not notice changes to the linked
    // plugin package, and would test yesterday's plugin.
    // A fixed today: "New" (`newFor: '90d'`) and overdue dates do not move with the calendar.
    env: childEnv({DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', CLASSIFICATION_TODAY: TEST_TODAY, ...extraEnv}),
  });
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) {
    throw new Error(`docusaurus build failed (exit ${result.status}):\n${log}`);
  }
  return {outDir, log};
}

/** The environment for a child process: without the test runner's variables. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {...withoutTestContext(process.env), FORCE_COLOR: '0', ...extra};
}

function withoutTestContext(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const {NODE_TEST_CONTEXT: _context, NODE_OPTIONS: _options, ...rest} = env;
  return rest;
}

/**
 * What the demo's build says of its content, once per line: the 2.x docs still
 * document a deprecated API removed in 2.0 (on purpose: the page shows "Removed in
 * 2.0"), which the plugin reports; nothing else.
 */
export const DEMO_REPORTS = [
  '[WARNING] [classification] site/docs/apis/torch-neuron.md: deprecated api "torch_neuron.trace_v1" is overdue: it is still documented in version 2.x, past its removal in 2.0; expected the item gone from the docs of versions at or past its removal (remove it there, or move its removal)',
];

/** The plugin's lines and Docusaurus's warnings in a build's output, each once. */
export function reportedLines(log: string): string[] {
  return [...new Set(log.split('\n').filter((line) => /\[classification\]|\[WARNING\]/.test(line)))];
}
