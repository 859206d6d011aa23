// Compiles the Node side (CommonJS, lib/), the client entry the theme imports
// (ESM with types, lib/esm/: the client and the vocabulary it shares with the Node side) and the theme (ESM + JSX, lib/theme/), then
// copies the theme's CSS next to it. The client comes before the theme, whose
// type check reads its declarations.
import {execFileSync} from 'node:child_process';
import {cpSync, rmSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

rmSync(path.join(root, 'lib'), {recursive: true, force: true});
for (const project of ['tsconfig.json', 'tsconfig.client.json', 'tsconfig.theme.json']) {
  try {
    execFileSync(process.execPath, [tsc, '-p', path.join(root, project)], {stdio: 'inherit', cwd: root});
  } catch {
    console.error(`TypeScript errors in plugin/${project}`);
    process.exit(1);
  }
}

function copyCss(from, to) {
  for (const name of readdirSync(from)) {
    const source = path.join(from, name);
    if (statSync(source).isDirectory()) {
      copyCss(source, path.join(to, name));
    } else if (name.endsWith('.css')) {
      cpSync(source, path.join(to, name));
    }
  }
}
copyCss(path.join(root, 'src/theme'), path.join(root, 'lib/theme'));

// The hash of the compiled code, which keys the reader's cache, computed once here rather than in every build.
const {CODE_HASH_FILE, hashPluginCode} = createRequire(import.meta.url)(path.join(root, 'lib/read/cache.js'));
writeFileSync(CODE_HASH_FILE, `${hashPluginCode()}\n`);
