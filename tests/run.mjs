// Runs every test file with Node's test runner (TypeScript through tsx).
// Unit tests first, then the browser tests, which build the demo site once.
import {spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = ['unit', 'browser', 'integration'].flatMap((dir) =>
  readdirSync(path.join(here, dir))
    .filter((name) => name.endsWith('.test.ts'))
    .sort()
    .map((name) => path.join('tests', dir, name)),
).filter((file) => only.length === 0 || only.some((part) => file.includes(part)));

const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
  cwd: path.dirname(here),
});
process.exit(result.status ?? 1);
