/**
 * The last snapshot an instance built, kept with the key of what it was built
 * from, in memory (a dev server's reloads) and beside the reader's cache
 * (the next build). A snapshot is a pure function of its inputs: the pages as
 * Docusaurus loaded them, what the reader found on each, the registry, the
 * options, the day, and the plugin's code. When none of them changed (an
 * edit of a page's prose, a rebuild), the stored snapshot is the one a new
 * build would make, and building the index, its checks and the releases
 * again is skipped: that is what a warm build's allContentLoaded() spent
 * in proportion to the whole site.
 */
import fs from 'node:fs';
import {writeWhole} from '../read/cache';

/** A snapshot's text (JSON), as it is published and stored: written once per snapshot. */
const texts = new WeakMap<object, string>();

export function textOf(snapshot: object): string {
  let text = texts.get(snapshot);
  if (text === undefined) {
    text = JSON.stringify(snapshot);
    texts.set(snapshot, text);
  }
  return text;
}

/** The last snapshot (plain data, `T`) and the key of its inputs (site/snapshot.ts makes both). */
export class SnapshotStore<T extends object> {
  private last: {key: string; snapshot?: T; text?: string} | undefined;
  private loaded = false;

  /** `file`: where it is kept across builds; undefined for memory only (`DOCUSAURUS_NO_PERSISTENT_CACHE`, tests). */
  constructor(private readonly file: string | undefined) {
    if (process.env.DOCUSAURUS_NO_PERSISTENT_CACHE === 'true') {
      this.file = undefined;
    }
  }

  /** The stored snapshot, when it was built from inputs with this key. */
  get(key: string): T | undefined {
    this.load();
    if (this.last?.key !== key) {
      return undefined;
    }
    if (!this.last.snapshot) {
      const text = this.last.text!;
      this.last.snapshot = JSON.parse(text) as T;
      texts.set(this.last.snapshot, text);
    }
    return this.last.snapshot;
  }

  /** Keeps a new snapshot: the key on the file's first line, its text after. */
  set(key: string, snapshot: T): void {
    this.loaded = true;
    this.last = {key, snapshot};
    if (!this.file) {
      return;
    }
    try {
      writeWhole(this.file, `${key}\n${textOf(snapshot)}`);
    } catch {
      // A read-only or full disk: the next build builds its snapshot, as without a store.
    }
  }

  private load(): void {
    if (this.loaded || !this.file) {
      return;
    }
    this.loaded = true;
    try {
      const stored = fs.readFileSync(this.file, 'utf8');
      const newline = stored.indexOf('\n');
      if (newline > 0) {
        this.last = {key: stored.slice(0, newline), text: stored.slice(newline + 1)};
      }
    } catch {
      // none yet, or unreadable: nothing stored
    }
  }
}
