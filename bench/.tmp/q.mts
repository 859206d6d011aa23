import fs from 'node:fs';
const contents = fs.readdirSync('/tmp/prof/docs').map((f) => fs.readFileSync('/tmp/prof/docs/' + f, 'utf8'));
const {fromMarkdown} = await import('mdast-util-from-markdown');
const {directive: dirExt} = await import('micromark-extension-directive');
const {directiveFromMarkdown} = await import('mdast-util-directive');
const {gfm: gfmExt} = await import('micromark-extension-gfm');
const {gfmFromMarkdown} = await import('mdast-util-gfm');
const big = contents.map(c => c.replace(/^---[\s\S]*?---/, '')).join('\n');
console.log(big.length);
for (let i = 0; i < 4; i++) { const t = performance.now(); fromMarkdown(big, {extensions: [dirExt(), gfmExt()], mdastExtensions: [directiveFromMarkdown(), gfmFromMarkdown()]}); console.log('big', performance.now() - t); }
for (let i = 0; i < 4; i++) { const t = performance.now(); fromMarkdown(big); console.log('big plain', performance.now() - t); }
console.log(import.meta.resolve('micromark'));
