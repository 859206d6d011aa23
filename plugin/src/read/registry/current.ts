/**
 * The registry as its files are now. Under `docusaurus start`, webpack
 * compiles a page that mentions the registry as soon as a file of it changes
 * (docusaurus/registry-loader.ts), maybe before the plugin has read it again
 * and published a new snapshot: that compile reads the files itself, so that
 * the page never shows the level the registry had before.
 */
import fs from 'node:fs';
import {fileStamp, hashText} from '../cache';
import type {Registry} from '../../model/item';
import type {Taxonomy} from '../../model/taxonomy';

/** The hash of the registry's files: each file's path and the hash of its text. */
export function registryHash(files: readonly string[], textHashes: readonly string[]): string {
  return hashText(...files.flatMap((file, index) => [file, textHashes[index]!]));
}

/** What the files were when last looked at: their stamps, and the hash of their text. */
let seen: {stamps: string; hash: string} | undefined;
/** The registry last loaded here, by the hash of its files. */
let loaded: {hash: string; taxonomy: Taxonomy; registry: Registry | undefined} | undefined;

/**
 * The registry of `files` as they are now, when their text is no longer the
 * one `given.hash` was taken of (registryHash); undefined while it is, when a
 * file is gone or does not load (its problems reach the page through the
 * registry loader), and while a file that held items is empty (an editor
 * between emptying it and writing it: the plugin reads it once written).
 */
export function changedRegistry(given: {files: readonly string[]; hash: string; items: readonly {file: string}[]}, taxonomy: Taxonomy): Registry | undefined {
  const {files, hash} = given;
  const stamps = files.map(fileStamp);
  if (stamps.includes(undefined)) {
    return undefined;
  }
  const stamp = stamps.join('\n');
  if (seen?.stamps === stamp && seen.hash === hash) {
    return undefined;
  }
  // The texts are read here and not kept: a registry can be megabytes.
  const texts = files.map((file) => fs.readFileSync(file, 'utf8'));
  const now = registryHash(files, texts.map((text) => hashText(text)));
  seen = {stamps: stamp, hash: now};
  if (now === hash || files.some((file, index) => texts[index]!.trim() === '' && given.items.some((item) => item.file === file))) {
    return undefined;
  }
  if (loaded?.hash !== now || loaded.taxonomy !== taxonomy) {
    // Loaded with its YAML parser only here: a compile of a site without a registry change never needs it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const {loadRegistries} = require('./index') as typeof import('./index');
    loaded = {hash: now, taxonomy, registry: loadRegistries(files, taxonomy, texts).registry};
  }
  return loaded.registry;
}
