/** The files the plugin writes into the site's generated files, each left alone when unchanged. */
import fs from 'node:fs';
import path from 'node:path';
import {PLUGIN_NAME} from '../model/names';

/** Where the plugin keeps a file of the site's generated files: under its own name. */
export function generatedFile(generatedFilesDir: string, ...names: string[]): string {
  return path.join(generatedFilesDir, PLUGIN_NAME, ...names);
}

/** Writes `text` to `file` unless it holds it already: under `docusaurus start`, a rewrite rebuilds what imports it. */
export function writeIfChanged(file: string, text: string): void {
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) {
    fs.mkdirSync(path.dirname(file), {recursive: true});
    fs.writeFileSync(file, text);
  }
}
