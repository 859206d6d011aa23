/**
 * The registry as its file is now. Under `docusaurus start`, webpack
 * compiles a page that mentions the registry as soon as the file changes
 * (docusaurus/registry-loader.ts), maybe before the plugin has read it again
 * and published a new snapshot: that compile reads the file itself, so that
 * the page never shows the level the registry had before.
 */
import fs from 'node:fs';
import {fileStamp, hashText} from '../cache';
import type {Registry} from '../../model/item';
import type {Taxonomy} from '../../model/taxonomy';

interface Known {
  stamp: string | undefined;
  /** The hash of the file's text (undefined: no file). */
  hash: string | undefined;
  /** Read once asked for, for this taxonomy. */
  registry?: {taxonomy: Taxonomy; registry: Registry | undefined};
}

/** Each registry file as last seen, by path: read again only when its size or time changes. */
const known = new Map<string, Known>();

/**
 * The registry of `file` as it is now, when its text is no longer the one
 * `hash` was taken of; undefined while it is, and when the file is gone or
 * does not load (its problems reach the page through the registry loader).
 */
export function changedRegistry(file: string, hash: string, taxonomy: Taxonomy): Registry | undefined {
  const stamp = fileStamp(file);
  let seen = known.get(file);
  if (!seen || seen.stamp !== stamp) {
    // The text is not kept: a registry can be megabytes, and it is read again only when it changed.
    const source = stamp === undefined ? undefined : fs.readFileSync(file, 'utf8');
    seen = {stamp, hash: source === undefined ? undefined : hashText(source)};
    known.set(file, seen);
  }
  if (seen.hash === undefined || seen.hash === hash) {
    return undefined;
  }
  if (seen.registry?.taxonomy !== taxonomy) {
    // Loaded with its YAML parser only here: a compile of a site without a registry change never needs it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const {loadRegistry} = require('./index') as typeof import('./index');
    seen.registry = {taxonomy, registry: loadRegistry(file, taxonomy).registry};
  }
  return seen.registry.registry;
}
