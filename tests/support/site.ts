/** Builds a Docusaurus site, into .test-output: once per test file, or once per test run for the files that share it. */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
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

/**
 * A site several test files read, built once per test run (tests/run.mjs
 * names the run in TEST_RUN_ID): the first file to ask builds it, the others
 * wait for that build and read it. Without a run id (a file run alone), it
 * is built as buildDemoSite() builds it.
 */
export async function sharedBuild(name: string, siteDir: string, extraEnv: Record<string, string> = {}): Promise<Built> {
  const run = process.env.TEST_RUN_ID;
  if (!run) {
    return buildDemoSite(name, siteDir, extraEnv);
  }
  const outDir = path.join(repoRoot, '.test-output', name);
  const marker = `${outDir}.built`;
  const lock = `${outDir}.lock`;
  const read = (): Built | undefined => {
    const done = fs.existsSync(marker) ? (JSON.parse(fs.readFileSync(marker, 'utf8')) as {run: string; built?: Built; error?: string}) : undefined;
    if (done?.run !== run) {
      return undefined;
    }
    if (done.error !== undefined) {
      throw new Error(done.error);
    }
    return done.built;
  };
  fs.mkdirSync(path.dirname(outDir), {recursive: true});
  for (;;) {
    const built = read();
    if (built) {
      return built;
    }
    try {
      fs.mkdirSync(lock); // only one file builds
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      const result = read() ?? buildDemoSite(name, siteDir, extraEnv);
      fs.writeFileSync(marker, JSON.stringify({run, built: result}));
      return result;
    } catch (error) {
      fs.writeFileSync(marker, JSON.stringify({run, error: String((error as Error).message)}));
      throw error;
    } finally {
      fs.rmSync(lock, {recursive: true, force: true});
    }
  }
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
 * What the demo's build says of its content: nothing. It passes its own
 * `--check` (an item documented past its removal lives in the failing fixture
 * site, and the hostile one shows how it reads).
 */
export const DEMO_REPORTS: string[] = [];

/** The plugin's lines and Docusaurus's warnings in a build's output, each once. */
export function reportedLines(log: string): string[] {
  return [...new Set(log.split('\n').filter((line) => /\[classification\]|\[WARNING\]/.test(line)))];
}
