/**
 * What a cheaper index scan could cost, per page with items: the designs the
 * issue on the plugin's cold cost asked to measure, against the reader's
 * parse as it is (Docusaurus's own parser configuration, read/mdx.ts).
 *
 *   node bench/scan-designs.mjs DIR    (DIR: pages bench/generate.ts wrote)
 *
 * - reader: the parse the reader does now (GFM's autolink transform left out);
 * - processor: the same through an unmodified unified processor (as before);
 * - tokens: micromark's tokenizer alone with the same syntax extensions, no
 *   tree and no collect(): the floor of a design that indexes from tokens.
 * Medians of 7 passes after the JIT has warmed on the first.
 */
import fs from 'node:fs';
import path from 'node:path';
import {createProcessor} from '@mdx-js/mdx';
import frontmatter from 'remark-frontmatter';
import directive from 'remark-directive';
import gfmPlugin from 'remark-gfm';
import {VFile} from 'vfile';
import {parse, postprocess, preprocess} from 'micromark';
import {gfm} from 'micromark-extension-gfm';
import {directive as directiveSyntax} from 'micromark-extension-directive';
import {frontmatter as frontmatterSyntax} from 'micromark-extension-frontmatter';
import {DEFAULT_CONFIG} from '@docusaurus/core/lib/server/configValidation.js';
import {createParsers} from '../plugin/lib/read/mdx.js';

const dir = process.argv[2];
const texts = fs
  .readdirSync(dir)
  .sort()
  .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))
  .filter((text) => /:(alpha|beta|stable)/.test(text));
const reader = await createParsers(DEFAULT_CONFIG.markdown);
const processor = createProcessor({format: 'md', remarkPlugins: [frontmatter, directive, gfmPlugin]});
const syntax = [frontmatterSyntax(['yaml']), directiveSyntax(), gfm()];
const designs = {
  reader: (text) => reader.md(text, 'page.md'),
  processor: (text) => processor.parse(new VFile({value: text, path: 'page.md'})),
  tokens: (text) => postprocess(parse({extensions: syntax}).document().write(preprocess()(text, undefined, true))),
};
const samples = {};
for (let pass = 0; pass < 8; pass += 1) {
  for (const [name, run] of Object.entries(designs)) {
    const started = performance.now();
    for (const text of texts) {
      run(text);
    }
    if (pass > 0) {
      (samples[name] ??= []).push(((performance.now() - started) / texts.length) * 1000);
    }
  }
}
for (const [name, values] of Object.entries(samples)) {
  values.sort((a, b) => a - b);
  console.log(`${name.padEnd(10)} ${values[3].toFixed(0)} µs per page with items (min ${values[0].toFixed(0)}, ${texts.length} pages)`);
}
