/**
 * The reader of pages: each page's source parsed as Docusaurus's MDX loader
 * parses it (read/mdx.ts), then collected by the forms, once per content:
 * results are cached by the page's text (and its partials' and, for a page
 * that mentions it, the registry's), across builds (read/cache.ts).
 */
import fs from 'node:fs';
import {idTwiceOnPage, unreadablePage} from '../model/messages';
import {frontMatterKey} from '../model/names';
import {formatProblem, type Point, type Problem} from '../model/problems';
import {fileStamp, hashText, PageCache, type CacheEntry, type FileState, type PageRead} from './cache';
import {core} from '../upstream/docusaurus';
import {bannerIndex} from './collect/front-matter';
import {mayClassify} from './collect/quick-check';
import {fileTitle} from './collect/walk';
import {createParsers, formatOf, preprocess, type Format, type Parse} from './mdx';
import {mayImportPartial, partialUses} from './partials';
import {mentionsRegistry} from './registry/mentions';
import type {Registry} from '../model/item';
import type {Taxonomy} from '../model/taxonomy';
import type {Collection, CollectOptions} from './collect/types';
import type {MarkdownConfig} from '@docusaurus/types';
import type {Root} from 'mdast' with {'resolution-mode': 'import'};

export type {PageRead};

export interface ReadInput {
  filePath: string;
  frontMatter: Record<string, unknown>;
  /** The version the page's docs document: registry items as they stood there. */
  documents?: string;
  /** Registry items that name a heading of the page (site/registry-pages.ts): the name after "#" → item id. */
  headings?: Readonly<Record<string, string>>;
}

/** A page's read again with other input, given its index and what it gave; undefined to keep that. */
export type ReadAgain = (index: number, read: PageRead) => ReadInput | undefined;

export interface ReaderSettings {
  markdown: MarkdownConfig;
  taxonomy: Taxonomy;
  anchorsMaintainCase: boolean;
  /** The site's admonition keywords (the preprocessing turns their titles into labels). */
  admonitionKeywords: readonly string[];
  /** For partials imported as `@site/…`. */
  siteDir?: string;
  /** collect() with the forms (forms/index.ts). */
  collect(tree: Root, options: CollectOptions): Promise<Collection>;
  /** Where to keep what was read across builds. (default: in memory) */
  cacheFile?: string;
}


/** A parser's error as a problem: the place of micromark's message, or the page's start (a stack overflow has none). */
function unreadable(error: unknown, format: Format): Problem {
  const {reason, message, line, column} = error as {reason?: string; message?: string; line?: number; column?: number};
  const reasonText = String(reason ?? message ?? error).split('\n')[0]!;
  return {...unreadablePage(format, reasonText), place: {line: line || 1, column: column || 1}};
}

/** A cache entry's key: the file, the front matter it was read with, and the version its docs document. */
function cacheKey(filePath: string, frontMatter: Record<string, unknown>, documents?: string, headings?: Readonly<Record<string, string>>): string {
  const key = Object.keys(frontMatter).length === 0 ? filePath : `${filePath}\u0000${hashText(JSON.stringify(frontMatter))}`;
  const versioned = documents === undefined ? key : `${key}\u0000@${documents}`;
  return headings === undefined ? versioned : `${versioned}\u0000#${hashText(JSON.stringify(headings))}`;
}

export class Reader {
  private parsers: Promise<Record<Format, Parse>> | undefined;
  private readonly cache: PageCache;
  /** The partials being read, innermost last: one that imports itself is read once. */
  private readonly following = new Set<string>();
  /** The files read since the last readAll() began, for the cache to keep. */
  private readonly seen = new Set<string>();
  private registry: {registry: Registry; hash: string} | undefined;
  /** The readAll() under way: another waits for it (they share the state above). */
  private reading: Promise<unknown> = Promise.resolve();
  /** What the last readAll() did: the files it was given or that they render, and how many it read anew and parsed. */
  readonly stats = {files: 0, read: 0, parsed: 0};

  constructor(private readonly settings: ReaderSettings) {
    const {markdown, taxonomy, anchorsMaintainCase, admonitionKeywords, siteDir} = settings;
    // What changes a reading besides the pages: the cache is kept for these only (the site's
    // preprocessor and front matter parser by their code). The working directory too: problems
    // name files relative to it. Docusaurus's version: its MDX parsing comes with it.
    const options = {markdown, taxonomy, anchorsMaintainCase, admonitionKeywords, siteDir, cwd: process.cwd(), docusaurus: core.version};
    this.cache = new PageCache(settings.cacheFile, options);
  }

  /**
   * Every page, one after the other (with reads synchronous there is nothing
   * to overlap, and one page's tree at a time is alive), then the cache is
   * kept for these pages. `registry`: the one `ref=` names, with the hash
   * of its text. `again`: how to read a page once more after what it gave
   * (a page the registry names, read as its item when it classifies nothing).
   */
  readAll(pages: readonly ReadInput[], registry?: {registry: Registry; hash: string}, again?: ReadAgain): Promise<PageRead[]> {
    const reading = this.reading.then(() => this.readEach(pages, registry, again));
    this.reading = reading.catch(() => undefined);
    return reading;
  }

  private async readEach(pages: readonly ReadInput[], registry?: {registry: Registry; hash: string}, again?: ReadAgain): Promise<PageRead[]> {
    this.registry = registry;
    this.seen.clear();
    Object.assign(this.stats, {files: 0, read: 0, parsed: 0});
    const results: PageRead[] = [];
    for (const [index, page] of pages.entries()) {
      const read = await this.read(page);
      const instead = again?.(index, read);
      results.push(instead ? await this.read(instead) : read);
    }
    this.stats.files = this.seen.size;
    this.cache.save(this.seen);
    return results;
  }

  async read({filePath, frontMatter, documents, headings}: ReadInput): Promise<PageRead> {
    // A file read as a page and as a partial (without front matter) is two readings.
    const key = cacheKey(filePath, frontMatter, documents, headings);
    this.seen.add(key);
    const format = formatOf(this.settings.markdown, filePath, frontMatter);
    const cached = this.cache.get(key);
    if (cached && this.fresh(cached, filePath, format, documents)) {
      return cached.read;
    }
    const stamp = fileStamp(filePath);
    const content = fs.readFileSync(filePath, 'utf8');
    this.stats.read += 1;
    const read = await this.readSource({filePath, frontMatter, content, ...(documents !== undefined ? {documents} : {}), ...(headings ? {headings} : {})});
    const deps: Record<string, FileState> = {};
    for (const dep of read.partials ?? []) {
      const state = this.cache.get(cacheKey(dep, {}, documents));
      if (state) {
        deps[dep] = {stamp: state.stamp, hash: state.hash};
      }
    }
    // An import of a file not there yet: creating it reads the page again.
    for (const dep of read.absent ?? []) {
      deps[dep] = {stamp: undefined, hash: ''};
    }
    const registry = read.registry && this.registry ? {registry: this.registry.hash} : {};
    this.cache.set(key, {stamp, hash: hashText(content), format, read, deps, ...registry});
    return read;
  }

  /** Whether a cached reading still holds: the same text, the same partials, the same registry. */
  private fresh(entry: CacheEntry, filePath: string, format: Format, documents: string | undefined): boolean {
    if (entry.format !== format || !this.unchanged(entry, filePath)) {
      return false;
    }
    for (const [dep, state] of Object.entries(entry.deps)) {
      this.seen.add(cacheKey(dep, {}, documents));
      if (!this.unchanged(state, dep)) {
        return false;
      }
    }
    return !entry.read.registry || entry.registry === this.registry?.hash;
  }

  /** Whether a file holds what `state` says (still missing, for one that was): its stamp tells without reading it; else its text's hash. */
  private unchanged(state: FileState, file: string): boolean {
    const stamp = fileStamp(file);
    if (stamp === undefined || state.stamp === undefined) {
      return stamp === state.stamp;
    }
    if (stamp === state.stamp) {
      return true;
    }
    if (hashText(fs.readFileSync(file, 'utf8')) === state.hash) {
      this.cache.restamp(state, stamp);
      return true;
    }
    return false;
  }

  /** Reads a file's content without the disk or the cache. */
  async readSource({filePath, frontMatter, content, documents, headings}: ReadInput & {content: string}): Promise<PageRead> {
    const imports = mayImportPartial(content);
    // A page the registry names (its front matter's ref given, or its headings) depends on it as one that mentions it.
    const registry = mentionsRegistry(content) || frontMatter[frontMatterKey('ref')] !== undefined || headings !== undefined || undefined;
    if (!imports && !headings && !mayClassify(content, frontMatter, this.settings.taxonomy)) {
      return {title: '', items: [], problems: []};
    }
    const format = formatOf(this.settings.markdown, filePath, frontMatter);
    const source = preprocess(this.settings.markdown, content, filePath, this.settings.admonitionKeywords);
    this.parsers ??= createParsers(this.settings.markdown);
    const parsers = await this.parsers;
    let tree: Root | undefined;
    let collection: Collection;
    try {
      this.stats.parsed += 1;
      tree = parsers[format](source, filePath);
      collection = await this.settings.collect(tree, {
        taxonomy: this.settings.taxonomy,
        frontMatter,
        anchorsMaintainCase: this.settings.anchorsMaintainCase,
        fallbackTitle: fileTitle(filePath),
        source,
        registry: this.registry?.registry,
        ...(documents !== undefined ? {documents} : {}),
        ...(headings ? {headings} : {}),
      });
    } catch (error) {
      // A tree too deep to walk (a stack overflow) no compile can walk either; any other error of collect() is the plugin's.
      if (tree !== undefined && !(error instanceof RangeError)) {
        throw error;
      }
      // A page the index cannot read is a problem: it must not vanish from the index unnoticed.
      return {title: '', items: [], problems: [formatProblem(unreadable(error, format), filePath)]};
    }
    const read: PageRead = {
      title: collection.pageTitle,
      items: collection.items.map((entry) => entry.item),
      problems: collection.problems.map((problem) => formatProblem(problem, filePath)),
      ...(collection.references.length > 0 ? {references: collection.references} : {}),
      ...(registry ? {registry} : {}),
    };
    return imports ? this.withPartials(read, tree, filePath, documents) : read;
  }

  /**
   * The page's items with those of the partials it renders, each where it
   * renders it (a partial rendered twice lists its items twice); their ids
   * must be unique on the page, as the reader's browser gets them all.
   */
  private async withPartials(read: PageRead, tree: Root, filePath: string, documents: string | undefined): Promise<PageRead> {
    const partials: string[] = [];
    // Document order as collect() gives it: the page item where its banner goes.
    const bannerAt = tree.children[bannerIndex(tree)]?.position?.start ?? {line: Infinity, column: 0};
    const ordered = read.items.map((item) => ({item, at: item.form === 'page' ? bannerAt : item}));
    let registry = read.registry;
    const references = [...(read.references ?? [])];
    const absent: string[] = [];
    for (const use of partialUses(tree, filePath, this.settings.siteDir)) {
      if (!fs.existsSync(use.file)) {
        absent.push(use.file); // the page does not build yet; the file may come
        continue;
      }
      if (this.following.has(use.file)) {
        continue; // a partial that renders itself, directly or not
      }
      this.following.add(use.file);
      const partial = await this.read({filePath: use.file, frontMatter: {}, ...(documents !== undefined ? {documents} : {})}).finally(() => this.following.delete(use.file));
      partials.push(use.file, ...(partial.partials ?? []));
      absent.push(...(partial.absent ?? []));
      registry ||= partial.registry;
      read.problems.push(...partial.problems);
      // What a partial names is reported at the partial.
      references.push(...(partial.references ?? []).map((reference) => ({file: use.file, ...reference})));
      for (const place of use.places) {
        ordered.push(...partial.items.map((item) => ({item: {...item, ...place}, at: place})));
      }
    }
    // A stable sort: each partial's items keep their order, where the page renders it.
    const items = ordered.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column).map(({item}) => item);
    const seen = new Map<string, Point>();
    for (const item of items) {
      const first = seen.get(item.id);
      if (first) {
        read.problems.push(formatProblem({...idTwiceOnPage(item.id, first.line), place: item}, filePath));
      }
      seen.set(item.id, first ?? item);
    }
    return {
      ...read,
      items,
      partials,
      ...(absent.length > 0 ? {absent} : {}),
      ...(references.length > 0 ? {references} : {}),
      ...(registry ? {registry} : {}),
    };
  }
}
