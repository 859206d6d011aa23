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

/** Each registry file as last seen, by path: its text's hash, read again only when its size or time changes. */
const seen = new Map<string, {stamp: string | undefined; hash: string | undefined}>();
/** The registry last loaded here, by the hash of its files. */
let loaded: {hash: string; taxonomy: Taxonomy; registry: Registry | undefined} | undefined;

/** The hash of the registry's files: each file's path and the hash of its text. */
export function registryHash(files: readonly string[], textHashes: readonly string[]): string {
  return hashText(...files.flatMap((file, index) => [file, textHashes[index]!]));
}

function textHash(file: string): string | undefined {
  const stamp = fileStamp(file);
  let known = seen.get(file);
  if (!known || known.stamp !== stamp) {
    // The text is not kept: a registry can be megabytes, and it is read again only when it changed.
    known = {stamp, hash: stamp === undefined ? undefined : hashText(fs.readFileSync(file, 'utf8'))};
    seen.set(file, known);
  }
  return known.hash;
}

/**
 * The registry of `files` as they are now, when their text is no longer the
 * one `hash` was taken of (registryHash); undefined while it is, and when a
 * file is gone or does not load (its problems reach the page through the
 * registry loader).
 */
export function changedRegistry(files: readonly string[], hash: string, taxonomy: Taxonomy): Registry | undefined {
  const hashes = files.map(textHash);
  if (hashes.some((each) => each === undefined)) {
    return undefined;
  }
  const now = registryHash(files, hashes as string[]);
  if (now === hash) {
    return undefined;
  }
  if (loaded?.hash !== now || loaded.taxonomy !== taxonomy) {
    // Loaded with its YAML parser only here: a compile of a site without a registry change never needs it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const {loadRegistries} = require('./index') as typeof import('./index');
    loaded = {hash: now, taxonomy, registry: loadRegistries(files, taxonomy).registry};
  }
  return loaded.registry;
}
