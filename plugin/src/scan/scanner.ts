/**
 * Reads page sources the way Docusaurus's MDX loader parses them (same
 * preprocessing, same syntax extensions, same format rules) and runs
 * collect() on them. Results are cached by content hash, so the rescan that
 * follows every edit in `docusaurus start` re-parses only changed files.
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  admonitionTitleToDirectiveLabel,
  escapeMarkdownHeadingIds,
  unwrapMdxCodeBlocks,
} from '../docusaurus';
import {bannerIndex, collect, fileTitle, mayClassify, type ClassificationItem} from '../collect';
import {idTwiceOnPage, unreadablePage} from '../collect/messages';
import {mayImportPartial, partialUses} from './partials';
import {formatProblem, type Point, type Problem} from '../problems';
import {admonitionKeywords} from '../site-config';
import type {Registry} from './registry';
import type {Taxonomy} from '../taxonomy';
import type {MarkdownConfig} from '@docusaurus/types';
import type {Root} from 'mdast' with {'resolution-mode': 'import'};

const MD_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkdn', '.mkd', '.mdwn', '.mkdown', '.ron']);

export interface ScanResult {
  title: string;
  items: ClassificationItem[];
  /** Formatted `file:line:column: …` lines. */
  problems: string[];
  /** The partials the page renders (and theirs), whose items it lists. */
  partials?: string[];
}

export interface ScanInput {
  filePath: string;
  frontMatter: Record<string, unknown>;
}

type Parse = (content: string, filePath: string) => Root;

/** The page parsers, as mdx-loader configures micromark. */
export async function createParsers(markdown: MarkdownConfig): Promise<Record<'md' | 'mdx', Parse>> {
  const [{createProcessor}, frontmatter, directive, gfm, comment, {VFile}] = await Promise.all([
    import('@mdx-js/mdx'),
    import('remark-frontmatter'),
    import('remark-directive'),
    import('remark-gfm'),
    import('@slorber/remark-comment'),
    import('vfile'),
  ]);
  const remarkPlugins = [
    frontmatter.default,
    directive.default,
    gfm.default,
    ...(markdown.mdx1Compat.comments ? [comment.default] : []),
  ];
  const make = (format: 'md' | 'mdx'): Parse => {
    const processor = createProcessor({format, remarkPlugins});
    return (content, filePath) => processor.parse(new VFile({value: content, path: filePath})) as Root;
  };
  return {md: make('md'), mdx: make('mdx')};
}

/** The same preprocessing as mdx-loader's preprocessor.ts. */
export function preprocess(
  markdown: MarkdownConfig,
  fileContent: string,
  filePath: string,
  keywords: readonly string[] = admonitionKeywords(undefined),
): string {
  let content = markdown.preprocessor ? markdown.preprocessor({fileContent, filePath}) : fileContent;
  content = unwrapMdxCodeBlocks(content);
  if (markdown.mdx1Compat.headingIds) {
    content = escapeMarkdownHeadingIds(content);
  }
  if (markdown.mdx1Compat.admonitions) {
    content = admonitionTitleToDirectiveLabel(content, [...keywords]);
  }
  return content;
}

/** A parser's error as a problem: the place of micromark's message, or the page's start (a stack overflow has none). */
function unreadable(error: unknown, format: 'md' | 'mdx'): Problem {
  const {reason, message, line, column} = error as {reason?: string; message?: string; line?: number; column?: number};
  const reasonText = String(reason ?? message ?? error).split('\n')[0]!;
  return {...unreadablePage(format, reasonText), place: {line: line || 1, column: column || 1}};
}

export class Scanner {
  private parsers: Promise<Record<'md' | 'mdx', Parse>> | undefined;
  private readonly cache = new Map<string, {hash: string; stamp: string; result: ScanResult; deps: Map<string, string | undefined>}>();
  /** The partials being scanned, innermost last: one that imports itself is read once. */
  private readonly following = new Set<string>();
  private registry: {registry: Registry; hash: string} | undefined;
  private readonly keywords: readonly string[];

  /** Items mentioning the registry depend on it: a new registry empties the cache. */
  setRegistry(registry: Registry | undefined, hash: string): void {
    if (this.registry?.hash !== hash) {
      this.cache.clear();
    }
    this.registry = registry ? {registry, hash} : undefined;
  }

  constructor(
    private readonly settings: {
      markdown: MarkdownConfig;
      taxonomy: Taxonomy;
      anchorsMaintainCase: boolean;
      /** The site's admonition keywords. (default: Docusaurus's) */
      admonitionKeywords?: readonly string[];
      /** For partials imported as `@site/…`. */
      siteDir?: string;
    },
  ) {
    this.keywords = settings.admonitionKeywords ?? admonitionKeywords(undefined);
  }

  private format(filePath: string, frontMatter: Record<string, unknown>): 'md' | 'mdx' {
    const mdx = frontMatter.mdx as {format?: string} | undefined;
    const format = mdx?.format ?? this.settings.markdown.format;
    if (format === 'md' || format === 'mdx') {
      return format;
    }
    return MD_EXTENSIONS.has(path.extname(filePath)) ? 'md' : 'mdx';
  }

  /**
   * Every page, one after the other: with reads synchronous there is nothing
   * to overlap, and one page's tree at a time is alive (started together,
   * every page was read and parsed before the first was collected, and the
   * time per page grew with the site: 34 µs at 250 pages, 43 µs at 4,000).
   */
  async scanAll(pages: readonly ScanInput[]): Promise<ScanResult[]> {
    const results: ScanResult[] = [];
    for (const page of pages) {
      results.push(await this.scan(page));
    }
    return results;
  }

  async scan({filePath, frontMatter}: ScanInput): Promise<ScanResult> {
    const format = this.format(filePath, frontMatter);
    // A file whose size and mtime did not change is not read again (the dev rescan after each edit).
    // Synchronous reads: for files of a few KB, the thread pool's round trip
    // took nine times as long as the read (47 µs against 5 µs a file).
    const stamp = `${fileStamp(filePath)}:${format}`;
    const cached = this.cache.get(filePath);
    // A page is read again when a partial it renders changed, too.
    const fresh = cached !== undefined && [...cached.deps].every(([dep, depStamp]) => fileStamp(dep) === depStamp);
    if (fresh && cached.stamp === stamp) {
      return cached.result;
    }
    const fileContent = fs.readFileSync(filePath, 'utf8');
    const hash = createHash('sha1').update(format).update('\0').update(fileContent).digest('hex');
    if (fresh && cached.hash === hash) {
      this.cache.set(filePath, {...cached, stamp});
      return cached.result;
    }
    // scanSource() skips cheaply a file that mentions no level, table or list.
    const result = await this.scanSource({filePath, frontMatter, content: fileContent});
    const deps = new Map((result.partials ?? []).map((dep) => [dep, fileStamp(dep)]));
    this.cache.set(filePath, {hash, stamp, result, deps});
    return result;
  }

  /** Scans a file's content without reading the disk or the cache. */
  async scanSource({filePath, frontMatter, content: fileContent}: ScanInput & {content: string}): Promise<ScanResult> {
    const imports = mayImportPartial(fileContent);
    if (!imports && !mayClassify(fileContent, frontMatter, this.settings.taxonomy)) {
      return {title: '', items: [], problems: []};
    }
    const format = this.format(filePath, frontMatter);
    const source = preprocess(this.settings.markdown, fileContent, filePath, this.keywords);
    this.parsers ??= createParsers(this.settings.markdown);
    const parsers = await this.parsers;
    let tree: Root;
    try {
      tree = parsers[format](source, filePath);
    } catch (error) {
      // A page the index cannot read is a problem: it must not vanish from the index unnoticed.
      return {title: '', items: [], problems: [formatProblem(unreadable(error, format), filePath)]};
    }
    const collection = await collect(tree, {
      taxonomy: this.settings.taxonomy,
      frontMatter,
      anchorsMaintainCase: this.settings.anchorsMaintainCase,
      fallbackTitle: fileTitle(filePath),
      source,
      registry: this.registry?.registry,
    });
    const result: ScanResult = {
      title: collection.pageTitle,
      items: collection.items.map((entry) => entry.item),
      problems: collection.problems.map((problem) => formatProblem(problem, filePath)),
    };
    return imports ? this.withPartials(result, tree, filePath) : result;
  }

  /**
   * The page's items with those of the partials it renders, each where it
   * renders it (a partial rendered twice lists its items twice); their ids
   * must be unique on the page, as the reader's browser gets them all.
   */
  private async withPartials(result: ScanResult, tree: Root, filePath: string): Promise<ScanResult> {
    const partials: string[] = [];
    // Document order as collect() gives it: the page item where its banner goes.
    const bannerAt = tree.children[bannerIndex(tree)]?.position?.start ?? {line: Infinity, column: 0};
    const ordered = result.items.map((item) => ({item, at: item.form === 'page' ? bannerAt : item}));
    for (const use of partialUses(tree, filePath, this.settings.siteDir)) {
      if (this.following.has(use.file)) {
        continue; // a partial that renders itself, directly or not
      }
      this.following.add(use.file);
      const partial = await this.scan({filePath: use.file, frontMatter: {}}).finally(() => this.following.delete(use.file));
      partials.push(use.file, ...(partial.partials ?? []));
      result.problems.push(...partial.problems);
      for (const place of use.places) {
        ordered.push(...partial.items.map((item) => ({item: {...item, ...place}, at: place})));
      }
    }
    // A stable sort: each partial's items keep their order, where the page renders it.
    result.items = ordered.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column).map(({item}) => item);
    const seen = new Map<string, Point>();
    for (const item of result.items) {
      const first = seen.get(item.id);
      if (first) {
        result.problems.push(formatProblem({...idTwiceOnPage(item.id, first.line), place: item}, filePath));
      }
      seen.set(item.id, first ?? item);
    }
    return {...result, partials};
  }
}

/** A file's modification time and size, to tell an edit without reading it; undefined for a missing file. */
export function fileStamp(file: string): string | undefined {
  const stat = fs.statSync(file, {throwIfNoEntry: false});
  return stat ? `${stat.mtimeMs}:${stat.size}` : undefined;
}
