// Runs every test file with Node's test runner (TypeScript through tsx), two at a time (this
// machine has two cores): the files that build a site first, longest first, so that the unit
// tests fill the other core meanwhile.
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, rmSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
/**
 * Files that build or serve a site, the longest first; the demo's files share one build (the first
 * builds it, the others wait for it: support/site.ts sharedBuild()), so another file goes between.
 */
const FIRST = [
  'browser/demo.test.ts',
  'integration/packaging.test.ts',
  'browser/demo-lifecycle.test.ts',
  'browser/demo-themes.test.ts',
  'integration/wrapped-theme.test.ts',
  'integration/live-reload.test.ts',
  'browser/hostile.test.ts',
  'unit/types.test.ts',
];
/**
 * Unit files that change their process (publish a snapshot, set the environment, change the working
 * directory, spawn a compiler), each in a process of its own; the other unit files share one process
 * (support/together.ts, which fails if one of them changed it).
 */
const ISOLATED = ['unit/cache.test.ts', 'unit/cli.test.ts', 'unit/dev-overlay.test.ts', 'unit/hand-off.test.ts', 'unit/index.test.ts', 'unit/site-forms.test.ts', 'unit/sources.test.ts', 'unit/types.test.ts'];
const chosen = ['unit', 'browser', 'integration']
  .flatMap((dir) =>
    readdirSync(path.join(here, dir))
      .filter((name) => name.endsWith('.test.ts'))
      .map((name) => `${dir}/${name}`),
  )
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  .filter((file) => only.length === 0 || only.some((part) => file.includes(part)));
const together = chosen.filter((file) => file.startsWith('unit/') && !ISOLATED.includes(file) && !FIRST.includes(file));
const files = [...chosen.filter((file) => !together.includes(file)), ...(together.length > 0 ? ['support/together.ts'] : [])].map((file) => path.join('tests', file));

function rank(file) {
  const at = FIRST.indexOf(file);
  return at === -1 ? FIRST.length : at;
}

/**
 * The browser tests need a Chromium (Playwright cannot download its own here): on a fresh Debian
 * machine where we may, Debian's is installed first; elsewhere they say how to get one.
 */
function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  if (candidates.some((candidate) => candidate && existsSync(candidate)) || process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    return;
  }
  console.log('Installing Debian\'s chromium for the browser tests (apt-get install chromium)');
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  spawnSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
  spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {stdio: 'inherit', env});
}

if (chosen.some((file) => !file.startsWith('unit/'))) {
  ensureChromium();
}

// One id for this run: the files that share a site's build know whether it is this run's.
const output = path.join(path.dirname(here), '.test-output');
for (const name of existsSync(output) ? readdirSync(output) : []) {
  if (name.endsWith('.lock')) {
    rmSync(path.join(output, name), {recursive: true, force: true}); // left by a run that was stopped
  }
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], {
  stdio: 'inherit',
  cwd: path.dirname(here),
  env: {...process.env, TEST_RUN_ID: `${process.pid}-${Date.now()}`, TEST_TOGETHER: together.map((file) => path.join('tests', file)).join(',')},
});
process.exit(result.status ?? 1);
