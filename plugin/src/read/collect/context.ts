/** The state one collect() run shares between the forms: what was found so far, and the ids taken. */
import {createSlugger} from '../../upstream/docusaurus';
import {REF_DIRECTIVE} from '../../model/names';
import {scopeKeysOf} from '../../model/taxonomy';
import {headingTitle, HeadingIds} from './heading-ids';
import {IdAllocator} from './ids';
import type {Esm} from '../../upstream/esm';
import type {Message} from '../../model/messages';
import type {Point} from '../../model/problems';
import type {Collection, CollectOptions} from './types';
import type {Heading, Nodes, PhrasingContent} from 'mdast' with {'resolution-mode': 'import'};

/** Where the line holding `from` ends: lines end with \n, \r\n or a lone \r. */
function lineEnd(source: string, from: number): number {
  const ends = [source.indexOf('\n', from), source.indexOf('\r', from)].filter((index) => index >= 0);
  return ends.length > 0 ? Math.min(...ends) : source.length;
}

export class Context {
  readonly collection: Collection;
  readonly levelNames: string[];
  readonly kindNames: string[];
  /** The directive names of items: the levels, and `classification` (an item of the registry). */
  readonly itemNames: ReadonlySet<string>;
  /** Every key a kind of the taxonomy requires. */
  readonly scopeKeys: readonly string[];
  /** Mirrors Docusaurus's heading ids. */
  readonly headingIds: HeadingIds;
  readonly ids: IdAllocator;
  /** Ids of plain (unclassified) headings: a callout right below one uses it. */
  readonly plainHeadingIds = new Map<Heading, string>();
  /** The title of the nearest heading above, for items without a title of their own. */
  lastHeadingTitle: string | undefined;
  /** micromark drops a leading byte order mark: its offsets count from after it. */
  private readonly offsetShift: number;
  /** The headings registry items name (chooseRegistryHeadings) → item id. */
  private headingRefs: Map<Heading, string> | undefined;
  /** The site's slugger, fresh for each text: an id without the suffix of a repeated heading. */
  private readonly slug: (text: string) => string;

  constructor(
    readonly esm: Esm,
    readonly options: CollectOptions,
    pageTitle: string,
  ) {
    this.collection = {pageTitle, items: [], found: [], references: [], problems: [], directives: [], links: [], definitions: new Map()};
    this.levelNames = options.taxonomy.levels.map((level) => level.id);
    this.kindNames = options.taxonomy.kinds.map((kind) => kind.id);
    this.itemNames = new Set([...this.levelNames, REF_DIRECTIVE]);
    this.scopeKeys = scopeKeysOf(options.taxonomy);
    const maintainCase = options.anchorsMaintainCase ?? false;
    this.headingIds = new HeadingIds(esm, maintainCase);
    // A fresh slugger per id: uniqueness is settled against the ids taken.
    const slug = (text: string) => createSlugger().slug(text, {maintainCase});
    this.slug = slug;
    this.ids = new IdAllocator((message, place) => this.report(message, place), slug);
    this.offsetShift = options.source?.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /** The source between two of the tree's offsets (to the end of that line without `end`); undefined without the source. */
  written(start: number, end?: number): string | undefined {
    const {source} = this.options;
    if (source === undefined) {
      return undefined;
    }
    const from = start + this.offsetShift;
    const to = end === undefined ? lineEnd(source, from) : end + this.offsetShift;
    return source.slice(from, to);
  }

  /** A label's or sentence's text as readers read it: a hard line break is a space (mdast-util-to-string drops it). */
  text(node: Nodes): string {
    const spaced = (child: Nodes): Nodes =>
      child.type === 'break' ? {type: 'text', value: ' '} : 'children' in child ? ({...child, children: child.children.map((grandchild) => spaced(grandchild as Nodes))} as Nodes) : child;
    return this.esm.toString(spaced(node));
  }

  get taxonomy() {
    return this.options.taxonomy;
  }

  report(message: Message, place: Point | undefined): void {
    this.collection.problems.push({...message, place});
  }

  /** Notes what `form` names at `place` that only the site can resolve (see Reference). */
  refer(form: string, value: string, place: Point | undefined): void {
    this.collection.references.push({form, value, line: place?.line ?? 1, column: place?.column ?? 1});
  }

  /**
   * The headings registry items name (`page: …#render`, options.headings):
   * for each name, of the headings whose text slugs as the name does, the
   * highest (`### label`, a property, before `##### label`, a parameter
   * written above it), the first of those.
   */
  chooseRegistryHeadings(headings: readonly Heading[]): void {
    const named = new Map(Object.entries(this.options.headings ?? {}).map(([name, ref]) => [this.slug(name), ref]));
    const chosen = new Map<string, Heading>();
    for (const heading of headings) {
      const slug = this.slug(this.headingIds.text(heading.children));
      const earlier = chosen.get(slug);
      if (named.has(slug) && (!earlier || heading.depth < earlier.depth)) {
        chosen.set(slug, heading);
      }
    }
    this.headingRefs = new Map([...chosen].map(([slug, heading]) => [heading, named.get(slug)!]));
  }

  /** A plain heading chosen for a registry item (chooseRegistryHeadings) becomes the item's heading: `:classification{ref=…}` is added to it, as if it were written there. */
  asRegistryHeading(heading: Heading): boolean {
    const ref = this.headingRefs?.get(heading);
    if (ref === undefined) {
      return false;
    }
    heading.children.push({type: 'text', value: ' '}, {type: 'textDirective', name: REF_DIRECTIVE, attributes: {ref}, children: []} as PhrasingContent);
    return true;
  }

  /** A heading that is no item: its id is taken, and it names what follows it. */
  plainHeading(heading: Heading, at: Point | undefined): void {
    const id = this.headingIds.next(heading.children);
    this.ids.heading(id, at);
    this.plainHeadingIds.set(heading, id);
    this.lastHeadingTitle = headingTitle(this.headingIds.text(heading.children));
  }
}
