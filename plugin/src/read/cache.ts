/**
 * What the reader found on each page, kept where bundlers keep their caches
 * (`node_modules/.cache/docusaurus-plugin-classification` of the site, which
 * `docusaurus clear` empties), so that a second build or a restarted
 * `docusaurus start` reads only the pages that changed. An entry is valid
 * while its file and the partials it renders hold the same text (the file's
 * size and modification time tell without reading it; else its hash does),
 * and, for a page that mentions the registry, while the registry does. The
 * whole cache is keyed by what changes a reading: the plugin's code, the
 * taxonomy and the site's Markdown options (`settings`).
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {PLUGIN_NAME} from '../model/names';
import type {ClassificationItem} from '../model/item';
import type {Reference} from './collect/types';

/** What reading a page gives: the index and the checks need nothing more. */
export interface PageRead {
  title: string;
  items: ClassificationItem[];
  /** Formatted `file:line:column: …` lines. */
  problems: string[];
  /** The partials the page renders (and theirs), whose items it lists. */
  partials?: string[];
  /** Markdown files it (or a partial) imports that do not exist yet. */
  absent?: string[];
  /** What the page (and the partials it renders) names that only the site can resolve. */
  references?: Reference[];
  /** Whether the page or a partial it renders mentions the registry: a new registry reads it again. */
  registry?: boolean;
}

/** A file as a cache entry knows it: its stamp (size and time) and the hash of its text. */
export interface FileState {
  stamp: string | undefined;
  hash: string;
}

export interface CacheEntry extends FileState {
  /** Read as Markdown or MDX. */
  format: string;
  read: PageRead;
  /** The partials it renders, as they were. */
  deps: Record<string, FileState>;
  /** The registry's hash, for a page that mentions it. */
  registry?: string;
}

interface CacheFile {
  settings: string;
  entries: Record<string, CacheEntry>;
}

/** A file's modification time and size, to tell an edit without reading it; undefined for a missing file. */
export function fileStamp(file: string): string | undefined {
  const stat = fs.statSync(file, {throwIfNoEntry: false});
  return stat ? `${stat.mtimeMs}:${stat.size}` : undefined;
}

export function hashText(...parts: string[]): string {
  const hash = createHash('sha1');
  for (const part of parts) {
    hash.update(part).update('\u0000');
  }
  return hash.digest('hex');
}

/**
 * Writes a file whole or not at all (a temporary file, renamed): a build or a
 * compile in another thread reading it meanwhile sees the old one.
 */
export function writeWhole(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), {recursive: true});
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

/**
 * How long a file must stay unchanged before it is read as written. An editor
 * that saves in place truncates, then writes; `docusaurus start`'s watcher
 * (chokidar) reports the truncation and drops a second change within 50 ms, so
 * a file read between the two would stay half-read until the next edit.
 */
export const SETTLE_MS = 150;

/**
 * A file's text once it has not changed for SETTLE_MS: at once for a file
 * older than that; else once two looks SETTLE_MS apart see the same time and
 * size (so a time stamped ahead of this clock costs one wait, not more).
 * `wait`: how it waits (tests count the waits).
 */
export async function readSettled(file: string, wait: (ms: number) => Promise<unknown> = sleep): Promise<string> {
  for (let tries = 0; ; tries += 1) {
    const before = await fs.promises.stat(file);
    // A file rewritten without end is read as it is, after 20 tries.
    if (tries < 20 && !(Date.now() - before.mtimeMs >= SETTLE_MS)) {
      await wait(SETTLE_MS);
      const later = await fs.promises.stat(file);
      if (later.mtimeMs !== before.mtimeMs || later.size !== before.size) {
        continue;
      }
    }
    const text = await fs.promises.readFile(file, 'utf8');
    const after = await fs.promises.stat(file);
    if (tries >= 20 || (after.mtimeMs === before.mtimeMs && after.size === before.size)) {
      return text;
    }
  }
}

/** Where the plugin's build writes the hash of its compiled code (lib/, beside the code). */
export const CODE_HASH_FILE = path.resolve(__dirname, '..', 'code-hash.txt');

/** Every compiled file of the plugin (its `.js` files under lib/), hashed: what the build writes to CODE_HASH_FILE. */
export function hashPluginCode(): string {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(file);
      } else if (entry.name.endsWith('.js')) {
        files.push(file);
      }
    }
  };
  walk(path.dirname(CODE_HASH_FILE));
  return hashText(...files.sort().map((file) => fs.readFileSync(file, 'utf8')));
}

/**
 * The plugin's code, as a hash, once per process: a cache written by other
 * code is not read. The build wrote it (reading and hashing every file took
 * 12 ms of a warm build); without that file (lib/ compiled otherwise), it is
 * computed here.
 */
let codeHash: string | undefined;
export function pluginCode(): string {
  if (codeHash === undefined) {
    try {
      codeHash = fs.readFileSync(CODE_HASH_FILE, 'utf8').trim();
    } catch {
      codeHash = hashPluginCode();
    }
  }
  return codeHash;
}

/** The cache folder of a site: where Docusaurus's bundlers keep theirs. */
export function cacheDir(siteDir: string): string {
  return path.join(siteDir, 'node_modules', '.cache', PLUGIN_NAME);
}

export class PageCache {
  private entries = new Map<string, CacheEntry>();
  private readonly settings: string;
  private changed = false;

  /**
   * `file`: where it is kept, or undefined for a cache in memory only (the
   * remark plugin alone, tests, `DOCUSAURUS_NO_PERSISTENT_CACHE`).
   */
  constructor(
    private readonly file: string | undefined,
    settings: unknown,
  ) {
    // Functions (a site's preprocessor, its front matter parser) by their code.
    this.settings = hashText(pluginCode(), JSON.stringify(settings, (_key, value: unknown) => (typeof value === 'function' ? value.toString() : value)));
    if (file && process.env.DOCUSAURUS_NO_PERSISTENT_CACHE !== 'true') {
      this.load(file);
    } else {
      this.file = undefined;
    }
  }

  private load(file: string): void {
    try {
      const kept = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;
      if (kept.settings === this.settings) {
        this.entries = new Map(Object.entries(kept.entries));
      }
    } catch {
      // none yet, or unreadable: start empty
    }
  }

  get(file: string): CacheEntry | undefined {
    return this.entries.get(file);
  }

  set(file: string, entry: CacheEntry): void {
    this.entries.set(file, entry);
    this.changed = true;
  }

  /** Notes that a file's stamp moved while its text did not (a checkout, a touch). */
  restamp(entry: FileState, stamp: string | undefined): void {
    entry.stamp = stamp;
    this.changed = true;
  }

  /** Keeps the entries of these files only (pages removed since are dropped) and writes the cache when it changed. */
  save(keep: ReadonlySet<string>): void {
    for (const file of this.entries.keys()) {
      if (!keep.has(file)) {
        this.entries.delete(file);
        this.changed = true;
      }
    }
    if (!this.file || !this.changed) {
      return;
    }
    const text = JSON.stringify({settings: this.settings, entries: Object.fromEntries(this.entries)} satisfies CacheFile);
    try {
      writeWhole(this.file, text);
      this.changed = false;
    } catch {
      // A read-only or full disk: the next build reads every page again, as without a cache.
    }
  }
}
