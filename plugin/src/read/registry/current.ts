/**
 * The registry as its files are now. Under `docusaurus start`, webpack
 * compiles a page that mentions the registry as soon as a file of it changes
 * (docusaurus/registry-loader.ts), maybe before the plugin has read it again
 * and published a new snapshot: that compile reads the files itself, so that
 * the page never shows the level the registry had before, and shows the
 * registry's problems. Files are read again only when their size or time
 * changes, and loaded once per change for each taxonomy that asks (the
 * registry loader's, the snapshot's).
 */
import fs from 'node:fs';
import {fileStamp, hashText} from '../cache';
import type {LoadedRegistry, Registry} from '../../model/item';
import {moduleOutput} from './sources/module-state';
import type {RegistrySource} from '../../model/sources';
import type {Taxonomy} from '../../model/taxonomy';

/** The hash of the registry's files and sources: each one's type and path, the hash of its text, and for a module what it gave when it last ran. */
export function registryHash(sources: readonly RegistrySource[], textHashes: readonly string[]): string {
  return hashText(...sources.flatMap((source, index) => [source.type, source.path, textHashes[index]!, source.type === 'module' ? moduleOutput(source.path) : '']));
}

/** Files as last looked at: their stamps, the hash of their text, those that were empty, and what loading them gave, by taxonomy. */
interface Look {
  stamps: string;
  hash: string;
  empty: readonly string[];
  loaded: WeakMap<Taxonomy, LoadedRegistry>;
}

/** By the files' paths (each plugin instance has its own). The texts are not kept: a registry can be megabytes. */
const looks = new Map<string, Look>();

/** The files as they are now, with their texts when they were read for it; undefined when one is gone. */
function look(sources: readonly RegistrySource[]): {now: Look; texts?: string[]} | undefined {
  const files = sources.map((source) => source.path);
  const fileStamps = files.map(fileStamp);
  if (fileStamps.includes(undefined)) {
    return undefined;
  }
  // A module's output counts as its stamp does: the plugin runs it again when it reads the registry.
  const stamps = sources.map((source, index) => (source.type === 'module' ? `${fileStamps[index]}\u0000${moduleOutput(source.path)}` : fileStamps[index]));
  const key = files.join('\n');
  const known = looks.get(key);
  if (known?.stamps === stamps.join('\n')) {
    return {now: known};
  }
  const texts = files.map((file) => fs.readFileSync(file, 'utf8'));
  const now = {
    stamps: stamps.join('\n'),
    hash: registryHash(sources, texts.map((text) => hashText(text))),
    empty: files.filter((_, index) => texts[index]!.trim() === ''),
    loaded: new WeakMap<Taxonomy, LoadedRegistry>(),
  };
  looks.set(key, now);
  return {now, texts};
}

/** The registry's files as they are now, loaded and checked (loadRegistries); undefined when one is gone. */
export function registryNow(sources: readonly RegistrySource[], taxonomy: Taxonomy): LoadedRegistry | undefined {
  const seen = look(sources);
  if (!seen) {
    return undefined;
  }
  const {now, texts} = seen;
  let loaded = now.loaded.get(taxonomy);
  if (!loaded) {
    // Loaded with its YAML parser only here: a compile of a site without a registry change never needs it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const {loadRegistries} = require('./index') as typeof import('./index');
    loaded = loadRegistries(sources, taxonomy, texts);
    now.loaded.set(taxonomy, loaded);
  }
  return loaded;
}

/**
 * The registry of `files` as they are now, when their text is no longer the
 * one `given.hash` was taken of (registryHash); undefined while it is, when a
 * file is gone or does not load (its problems reach the page through the
 * registry loader), and while a file that held items is empty (an editor
 * between emptying it and writing it: the plugin reads it once written).
 */
export function changedRegistry(given: {sources: readonly RegistrySource[]; hash: string; items: readonly {file: string}[]}, taxonomy: Taxonomy): Registry | undefined {
  const now = look(given.sources)?.now;
  if (!now || now.hash === given.hash || now.empty.some((file) => given.items.some((item) => item.file === file))) {
    return undefined;
  }
  return registryNow(given.sources, taxonomy)?.registry;
}
