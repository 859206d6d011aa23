/** The files the plugin writes into the site's generated files, each left alone when unchanged. */
import fs from 'node:fs';
import path from 'node:path';

/** Writes `text` to `file` unless it holds it already: under `docusaurus start`, a rewrite rebuilds what imports it. */
export function writeIfChanged(file: string, text: string): void {
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) {
    fs.mkdirSync(path.dirname(file), {recursive: true});
    fs.writeFileSync(file, text);
  }
}
