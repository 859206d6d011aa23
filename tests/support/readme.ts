/** The README's install section, as the tests that install the packed plugin follow it. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {repoRoot} from './site.ts';

/** The README's docusaurus.config.ts block, with `lines` (a site's basics) in place of its "// …". */
export function readmeConfig(lines: string[]): string {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const block = /In `docusaurus\.config\.ts`[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(block?.includes('// …'), 'the README shows the config, with "// …" for the rest of a site');
  return block!.replace('// …', lines.join('\n  '));
}
