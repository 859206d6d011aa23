/**
 * The one collector. It recognises every classification form in an mdast
 * tree (as parsed by Docusaurus, before any transform) and returns the items
 * with their final ids, plus the badges, tables and lists to render and the
 * problems found. The remark plugin renders what it returns; the index
 * builder lists what it returns: both call this function, so the page and
 * the index agree by construction.
 */
import path from 'node:path';
import {createSlugger, parseMarkdownHeadingId} from '@docusaurus/utils';
import {loadEsm, type Esm} from './esm';
import {closest, didYouMean, displayPath, type Point, type Problem} from './problems';
import {registryLevel, type Registry, type RegistryItem} from './registry';
import {findKind, findLevel, SINCE_PATTERN, type Kind, type Level, type Taxonomy} from './taxonomy';
import type {Heading, Link, LinkReference, Nodes, Parents, PhrasingContent, Root} from 'mdast' with {'resolution-mode': 'import'};
import type {
  ContainerDirective,
  LeafDirective,
  TextDirective,
} from 'mdast-util-directive' with {'resolution-mode': 'import'};

/** How an item is written; `registry` items are defined there and mentioned by no page. */
export type ItemForm = 'container' | 'heading' | 'page' | 'registry';

/** A classified item as the page renders it and the index lists it. */
export interface ClassificationItem {
  /** Anchor id on the page. */
  id: string;
  title: string;
  level: string;
  kind: string;
  form: ItemForm;
  since?: string;
  framework?: string;
  workload?: string;
  /** The registry id the item refers to. */
  ref?: string;
  /** Where the item is written (1-based). */
  line: number;
  column: number;
}

export type CollectedItem =
  | {
      item: ClassificationItem;
      form: 'container';
      node: ContainerDirective;
      /** The heading right above that names the item and carries its id. */
      anchor?: Heading;
    }
  | {item: ClassificationItem; form: 'heading'; node: Heading; directive: TextDirective; explicitId: boolean}
  | {item: ClassificationItem; form: 'page'; node: Root};

export interface CollectedBadge {
  node: TextDirective;
  level: Level;
  since?: string;
  /** `:classification[Label]{ref=…}`: the label shows before the badge. */
  labelled: boolean;
}

export interface CollectedTable {
  node: LeafDirective;
  kind: Kind;
  /** `disclaimer` attribute: print the kind's disclaimer as a note first. */
  disclaimer: boolean;
}

export interface CollectedList {
  node: LeafDirective;
  kind?: string;
  level?: string;
}

export interface CollectedMatrix {
  node: LeafDirective;
  kind?: string;
}

export interface Collection {
  pageTitle: string;
  items: CollectedItem[];
  badges: CollectedBadge[];
  tables: CollectedTable[];
  lists: CollectedList[];
  matrices: CollectedMatrix[];
  problems: Problem[];
  /** Every directive named like ours (a level or an own directive), accepted or not. */
  directives: Directive[];
  /** Links and reference-style links outside headings, for link badges. */
  links: (Link | LinkReference)[];
  /** Link reference definitions: identifier → URL. */
  definitions: Map<string, string>;
}

export interface CollectOptions {
  taxonomy: Taxonomy;
  /** The page's parsed front matter. */
  frontMatter: Record<string, unknown>;
  /** `markdown.anchors.maintainCase` of the site. (default: false) */
  anchorsMaintainCase?: boolean;
  /** Page title when neither front matter nor an h1 gives one. */
  fallbackTitle?: string;
  /** The text the tree was parsed from, to find containers left unclosed. */
  source?: string;
  /** The registry items are defined in, for `ref=…`. */
  registry?: Registry;
}

export const TABLE_DIRECTIVE = 'classification-table';
export const LIST_DIRECTIVE = 'classification-list';
export const MATRIX_DIRECTIVE = 'classification-matrix';
/** `:::classification{ref=…}`: an item whose level comes from the registry. */
export const REF_DIRECTIVE = 'classification';
/** Directive names the plugin owns besides the levels. */
export const OWN_DIRECTIVES = [TABLE_DIRECTIVE, LIST_DIRECTIVE, MATRIX_DIRECTIVE, REF_DIRECTIVE];

/** Per taxonomy object: collect() runs once per compiled page. */
const directiveNames = new WeakMap<Taxonomy, ReadonlySet<string>>();

/** Every directive name collect() reads: the levels and the plugin's own. */
export function ownDirectiveNames(taxonomy: Taxonomy): ReadonlySet<string> {
  let names = directiveNames.get(taxonomy);
  if (!names) {
    names = new Set([...taxonomy.levels.map((level) => level.id), ...OWN_DIRECTIVES]);
    directiveNames.set(taxonomy, names);
  }
  return names;
}

/** Whether front matter has a key of ours (every one starts with "classification"). */
function hasOwnKey(frontMatter: Record<string, unknown>): boolean {
  return Object.keys(frontMatter).some((key) => key.startsWith(FRONT_MATTER.level));
}

/**
 * Whether a page can hold anything collect() reads: a key of ours in its
 * front matter, or in its source a level directive (`:beta`, `::beta`,
 * `:::beta` all contain ":beta") or the word "classification", which every
 * own directive name and front matter key contains. A page without any has
 * no item, badge, table or problem: the scan skips it, and the remark plugin
 * only looks at its links. The front matter counts on its own for pages
 * whose front matter is not in the text (or is parsed otherwise).
 */
export function mayClassify(source: string, frontMatter: Record<string, unknown>, taxonomy: Taxonomy): boolean {
  return (
    hasOwnKey(frontMatter) ||
    source.includes(REF_DIRECTIVE) ||
    taxonomy.levels.some((level) => source.includes(`:${level.id}`))
  );
}

/** Front matter keys of a page item. */
export const FRONT_MATTER = {
  level: 'classification',
  kind: 'classification_kind',
  id: 'classification_id',
  since: 'classification_since',
  ref: 'classification_ref',
} as const;

const ITEM_ATTRIBUTES = ['id', 'class', 'kind', 'title', 'since', 'framework', 'workload', 'ref'];
const HEADING_ATTRIBUTES = ['id', 'class', 'kind', 'since', 'framework', 'workload', 'ref'];
const BADGE_ATTRIBUTES = ['class', 'kind', 'since', 'ref', 'framework', 'workload'];

export type Directive = ContainerDirective | LeafDirective | TextDirective;

function isDirective(node: Nodes): node is Directive {
  return (
    node.type === 'containerDirective' ||
    node.type === 'leafDirective' ||
    node.type === 'textDirective'
  );
}

function pointOf(node: Nodes | undefined): Point | undefined {
  const start = node?.position?.start;
  return start ? {line: start.line, column: start.column} : undefined;
}

function written(node: Directive): string {
  const prefix = {containerDirective: ':::', leafDirective: '::', textDirective: ':'}[node.type];
  return `${prefix}${node.name}`;
}

/**
 * A heading's children once a classification directive is taken out, with
 * the whitespace around it folded so no trailing "-" leaks into the slug.
 * The remark plugin assigns exactly this array to the heading.
 */
export function headingChildrenWithout(heading: Heading, directive: TextDirective): PhrasingContent[] {
  const children = heading.children.map((child) => (child.type === 'text' ? {...child} : child));
  const index = heading.children.indexOf(directive);
  children.splice(index, 1);
  const before = children[index - 1];
  const after = children[index];
  if (before?.type === 'text' && (!after || /^\s/.test(after.type === 'text' ? after.value : ''))) {
    before.value = before.value.trimEnd();
    if (after?.type === 'text') {
      after.value = ` ${after.value.trimStart()}`;
    }
  }
  return children.filter((child) => child.type !== 'text' || child.value !== '');
}

/**
 * The `[label]` of a container. MDX unwraps a paragraph holding only JSX or
 * an expression (`:::beta[{name}]`) into a flow node before any remark
 * plugin runs, so the label is also a first child that starts on the
 * directive's own line.
 */
export function directiveLabel(node: ContainerDirective): ContainerDirective['children'][number] | undefined {
  const first = node.children[0];
  if (first?.type === 'paragraph' && first.data?.directiveLabel) {
    return first;
  }
  const unravelled =
    (first?.type === 'mdxFlowExpression' || first?.type === 'mdxJsxFlowElement') &&
    first.position !== undefined &&
    first.position.start.line === node.position?.start.line;
  return unravelled ? first : undefined;
}

/** Mirrors Docusaurus's headings plugin: the id it will give a heading. */
class HeadingIds {
  private readonly slugger = createSlugger();
  constructor(
    private readonly esm: Esm,
    private readonly maintainCase: boolean,
  ) {}

  /** `explicit` is an id set on hProperties by an earlier plugin (ours). */
  next(children: PhrasingContent[], explicit?: string): string {
    if (explicit) {
      return this.slugger.slug(explicit, {maintainCase: true});
    }
    const commentId = commentHeadingId(children);
    if (commentId) {
      return commentId;
    }
    const text = this.text(children);
    return (
      parseMarkdownHeadingId(text, 'classic').id ??
      this.slugger.slug(text, {maintainCase: this.maintainCase})
    );
  }

  /** The heading text the way the headings plugin reads it. */
  text(children: PhrasingContent[]): string {
    const textNodes = children.filter((child) => child.type !== 'html');
    return this.esm.toString(textNodes.length > 0 ? textNodes : children);
  }
}

function commentHeadingId(children: PhrasingContent[]): string | undefined {
  const last = children.at(-1);
  let comment: string | undefined;
  if (last?.type === 'mdxTextExpression') {
    const program = last.data?.estree;
    if (program && program.body.length === 0 && program.comments?.length === 1) {
      comment = program.comments[0]!.value;
    }
  } else if (last?.type === 'html') {
    comment = /^<!--(?<comment>[\s\S]*)-->$/.exec(last.value)?.groups?.comment;
  }
  const first = comment?.trim().split(' ')[0];
  return first?.startsWith('#') ? first.slice(1) || undefined : undefined;
}

/** Heading text without a `{#custom-id}` suffix: the title of a heading item. */
function headingTitle(text: string): string {
  return parseMarkdownHeadingId(text, 'classic').text.trim();
}

interface PendingItem {
  collected: CollectedItem;
  /** Explicit ids are kept verbatim; the others are slugs of the title. */
  explicitId?: string;
}

export async function collect(tree: Root, options: CollectOptions): Promise<Collection> {
  const esm = await loadEsm();
  const {taxonomy, frontMatter} = options;
  const problems: Problem[] = [];
  const report = (problem: Problem): void => {
    problems.push(problem);
  };
  const headingIds = new HeadingIds(esm, options.anchorsMaintainCase ?? false);
  const takenIds = new Map<string, Point | undefined>();
  const pending: PendingItem[] = [];
  const collection: Collection = {
    pageTitle: pageTitle(tree, frontMatter, esm, options.fallbackTitle),
    items: [],
    badges: [],
    tables: [],
    lists: [],
    matrices: [],
    problems,
    directives: [],
    links: [],
    definitions: new Map(),
  };
  const levelNames = taxonomy.levels.map((level) => level.id);
  const kindNames = taxonomy.kinds.map((kind) => kind.id);
  const ours = ownDirectiveNames(taxonomy);
  const isOurs = (name: string): boolean => ours.has(name);

  const pageItem = pageItemOf(tree, options, report);
  if (pageItem) {
    pageItem.collected.item.title = collection.pageTitle;
    pending.push(pageItem);
  }

  let lastHeadingTitle: string | undefined;
  /** Ids of plain (unclassified) headings: a callout right below one uses it. */
  const plainHeadingIds = new Map<Heading, string>();

  /** Checks attribute names and the level/kind/since values of one item. */
  function readItem(
    node: ContainerDirective | TextDirective,
    allowed: string[],
  ): {kind: Kind; level: Level; attributes: Record<string, string>; ref?: RegistryItem} | undefined {
    const attributes = stringAttributes(node);
    const at = pointOf(node);
    const name = written(node);
    let valid = checkAttributes(name, attributes, allowed, at, report);
    const named = findLevel(taxonomy, node.name);
    if (attributes.ref !== undefined) {
      const resolved = resolveRef(options, report, {name, attributes, at, named});
      if (!resolved) {
        return undefined;
      }
      valid = checkTitle(name, attributes, at) && valid;
      valid = checkId(attributes.id, name, at, report) && valid;
      const since = attributes.since ?? resolved.ref.since;
      return valid ? {...resolved, attributes: {...attributes, ...(since ? {since} : {})}} : undefined;
    }
    if (!named) {
      report({
        message: `${name} needs ref=…`,
        expected: 'the id of a registry item, whose level and kind it takes',
        suggestion: `write ${name}{ref=my-item}, or a level such as ${name.replace(REF_DIRECTIVE, levelNames[0] ?? 'beta')}{kind=…}`,
        place: at,
      });
      return undefined;
    }
    const kindName = attributes.kind;
    const kind = kindName === undefined ? undefined : findKind(taxonomy, kindName);
    if (kindName === undefined) {
      report({
        message: `${name} is missing its kind`,
        expected: `a kind attribute, one of ${kindNames.join(', ')}`,
        suggestion: `write ${name}{kind=${kindNames[0]}}`,
        place: at,
      });
      return undefined;
    }
    if (!kind) {
      report({
        message: `unknown kind "${kindName}" in ${name}`,
        expected: `one of ${kindNames.join(', ')}`,
        suggestion: didYouMean(kindName, kindNames),
        place: at,
      });
      return undefined;
    }
    const missing = kind.requires.filter((required) => !attributes[required]);
    if (missing.length > 0) {
      valid = false;
      report({
        message: `${name}{kind=${kind.id}} is missing ${missing.join(' and ')}`,
        expected: `${kind.requires.map((attribute) => `${attribute}="…"`).join(' ')} on every ${kind.label.toLowerCase()}`,
        suggestion: `add ${missing.map((attribute) => `${attribute}="…"`).join(' ')}`,
        place: at,
      });
    }
    valid = checkTitle(name, attributes, at) && valid;
    valid = checkSince(attributes.since, name, at, report) && valid;
    valid = checkId(attributes.id, name, at, report) && valid;
    return valid ? {kind, level: named, attributes} : undefined;
  }

  /** An optional kind= or level= attribute names a known one. */
  function checkKnown(attribute: 'kind' | 'level', value: string | undefined, name: string, at: Point | undefined): boolean {
    const names = attribute === 'kind' ? kindNames : levelNames;
    if (value === undefined || names.includes(value)) {
      return true;
    }
    report({
      message: `unknown ${attribute} "${value}" in ${name}`,
      expected: `one of ${names.join(', ')}`,
      suggestion: didYouMean(value, names),
      place: at,
    });
    return false;
  }

  function checkTitle(name: string, attributes: Record<string, string>, at: Point | undefined): boolean {
    if (attributes.title === undefined || attributes.title.trim()) {
      return true;
    }
    report({
      message: `${name} has an empty title attribute`,
      expected: 'the item name in title="…"',
      suggestion: 'write title="Item name" or remove it',
      place: at,
    });
    return false;
  }

  function visitHeading(heading: Heading): void {
    const directives = heading.children.filter(
      (child): child is TextDirective =>
        child.type === 'textDirective' && (levelNames.includes(child.name) || child.name === REF_DIRECTIVE),
    );
    const [directive, ...extra] = directives;
    for (const other of extra) {
      report({
        message: `a heading can carry one classification, found another ${written(other)}`,
        expected: 'one level directive per heading',
        suggestion: 'remove one of them',
        place: pointOf(other),
      });
    }
    if (!directive) {
      const id = headingIds.next(heading.children);
      takenIds.set(id, pointOf(heading));
      plainHeadingIds.set(heading, id);
      lastHeadingTitle = headingTitle(headingIds.text(heading.children));
      return;
    }
    const next = heading.children[heading.children.indexOf(directive) + 1];
    if (next?.type === 'text' && next.value.startsWith('{#') && Object.keys(directive.attributes ?? {}).length === 0) {
      // Docusaurus escapes the first "{#" of every heading line before parsing
      // (markdown.mdx1Compat.headingIds), so `:beta{#id …}` loses its attributes.
      const id = /^\{#([^\s}]+)/.exec(next.value)?.[1] ?? 'my-id';
      report({
        message: `${written(directive)}{#…} in a heading: Docusaurus reads "{#" in a heading as a heading id`,
        expected: `the id as an attribute, ${written(directive)}{id=${id} kind=…}, or as a heading id at the end`,
        suggestion: `write "${written(directive)}{kind=…} {#${id}}"`,
        place: pointOf(directive),
      });
      takenIds.set(headingIds.next(heading.children), pointOf(heading));
      return;
    }
    const children = headingChildrenWithout(heading, directive);
    const named = commentHeadingId(children) ? children.slice(0, -1) : children;
    const title = headingTitle(headingIds.text(named));
    lastHeadingTitle = title;
    const read = readItem(directive, HEADING_ATTRIBUTES);
    const explicitId = read?.attributes.id;
    const id = headingIds.next(children, explicitId);
    if (explicitId) {
      claimExplicit(explicitId, pointOf(directive));
    }
    takenIds.set(id, pointOf(heading));
    if (!read) {
      return;
    }
    if (!title) {
      report({
        message: `the heading with ${written(directive)} has no text`,
        expected: 'a heading such as "## torch_neuron.trace :beta{kind=api}"',
        suggestion: 'write the item name before the directive',
        place: pointOf(heading),
      });
      return;
    }
    pending.push({
      collected: {
        form: 'heading',
        node: heading,
        directive,
        explicitId: Boolean(explicitId),
        item: makeItem(id, title, read.level, read.kind, 'heading', read.attributes, directive, read.ref),
      },
    });
  }

  function claimExplicit(id: string, at: Point | undefined): void {
    const earlier = [...pending].find((entry) => entry.explicitId === id);
    if (earlier) {
      report({
        message: `duplicate id "${id}"`,
        expected: `ids unique within the page ("${id}" is already used at line ${earlier.collected.item.line})`,
        suggestion: `rename one, e.g. "${id}-2"`,
        place: at,
      });
    }
  }

  function visitContainer(node: ContainerDirective, previous: Nodes | undefined): void {
    checkClosed(node);
    const label = directiveLabel(node);
    const read = readItem(node, ITEM_ATTRIBUTES);
    if (!read) {
      return;
    }
    let title: string | undefined;
    if (label) {
      title = esm.toString(label).trim();
      if (!title) {
        report({
          message: `${written(node)}[] has an empty label`,
          expected: 'the item name between the brackets',
          suggestion: `write ${written(node)}[Item name]{…} or drop the brackets to use the heading above`,
          place: pointOf(node),
        });
        return;
      }
    }
    const explicitId = read.attributes.id;
    // A callout right below a heading, named by it, is anchored on that
    // heading: the index links to the section (no "heading-1" ids). Kinds
    // with per-item attributes (model classes) get ids of their own, since
    // one heading often holds several of them.
    const anchor =
      !title &&
      !read.attributes.title &&
      !explicitId &&
      !read.ref &&
      read.kind.requires.length === 0 &&
      previous?.type === 'heading' &&
      previous.depth > 1 // the h1 is the page's title, not a section
        ? previous
        : undefined;
    const anchorId = anchor && plainHeadingIds.get(anchor);
    title ||= read.attributes.title?.trim() || read.ref?.title || lastHeadingTitle || collection.pageTitle;
    if (explicitId) {
      claimExplicit(explicitId, pointOf(node));
    }
    const item = makeItem(explicitId ?? anchorId ?? '', title, read.level, read.kind, 'container', read.attributes, node, read.ref);
    pending.push({
      explicitId,
      collected: anchorId ? {form: 'container', node, anchor, item} : {form: 'container', node, item},
    });
  }

  /**
   * An unclosed container silently swallows the rest of its parent (the
   * page, a list item…): say so. Its text must end with a `:::` fence.
   */
  function checkClosed(node: ContainerDirective): void {
    const {source} = options;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (source === undefined || start === undefined || end === undefined) {
      return;
    }
    if (/(^|\n)[ \t>]*:{3,}$/.test(source.slice(start, end).trimEnd())) {
      return;
    }
    report({
      message: `${written(node)} is never closed, so it runs to line ${node.position!.end.line}`,
      expected: `a line with ":::" after the item's body`,
      suggestion: 'add ":::" where the item ends; when nesting, close the outer one with "::::"',
      place: pointOf(node),
    });
  }

  function visitBadge(node: TextDirective): void {
    const attributes = stringAttributes(node);
    const at = pointOf(node);
    const name = written(node);
    let valid = checkAttributes(name, attributes, BADGE_ATTRIBUTES, at, report);
    const named = findLevel(taxonomy, node.name);
    let level = named;
    if (attributes.ref !== undefined) {
      level = resolveRef(options, report, {name, attributes, at, named})?.level;
      if (!level) {
        return;
      }
    } else if (!named) {
      report({
        message: `${name} needs ref=…`,
        expected: 'the id of a registry item, whose current level it shows',
        suggestion: `write ${name}[Item name]{ref=my-item}`,
        place: at,
      });
      return;
    } else if (node.children.length > 0) {
      valid = false;
      report({
        message: `the inline badge ${name} takes no label`,
        expected: `${name} alone, or ${name}{kind=…} at the end of a heading to classify it`,
        suggestion: `use :::${named.id}[${esm.toString(node)}]{kind=…} to classify an item`,
        place: at,
      });
    }
    valid = checkKnown('kind', attributes.kind, name, at) && valid;
    valid = checkSince(attributes.since, name, at, report) && valid;
    if (valid && level) {
      collection.badges.push({node, level, since: attributes.since, labelled: node.children.length > 0});
    }
  }

  function visitLeaf(node: LeafDirective): void {
    const attributes = stringAttributes(node);
    const at = pointOf(node);
    const name = written(node);
    if (node.name === TABLE_DIRECTIVE) {
      const valid = checkAttributes(name, attributes, ['kind', 'disclaimer'], at, report);
      const kind = attributes.kind === undefined ? undefined : findKind(taxonomy, attributes.kind);
      if (!kind) {
        report({
          message:
            attributes.kind === undefined
              ? `${name} is missing its kind`
              : `unknown kind "${attributes.kind}" in ${name}`,
          expected: `kind=… one of ${kindNames.join(', ')}`,
          suggestion:
            attributes.kind === undefined
              ? `write ${name}{kind=${kindNames[0]}}`
              : didYouMean(attributes.kind, kindNames),
          place: at,
        });
        return;
      }
      if (valid) {
        collection.tables.push({node, kind, disclaimer: attributes.disclaimer !== undefined});
      }
      return;
    }
    if (node.name === LIST_DIRECTIVE) {
      let valid = checkAttributes(name, attributes, ['kind', 'level'], at, report);
      valid = checkKnown('kind', attributes.kind, name, at) && valid;
      valid = checkKnown('level', attributes.level, name, at) && valid;
      if (valid) {
        collection.lists.push({node, kind: attributes.kind, level: attributes.level});
      }
      return;
    }
    if (node.name === MATRIX_DIRECTIVE) {
      let valid = checkAttributes(name, attributes, ['kind'], at, report);
      valid = checkKnown('kind', attributes.kind, name, at) && valid;
      if (valid) {
        collection.matrices.push({node, kind: attributes.kind});
      }
      return;
    }
    report({
      message: `${name} is not a classification form`,
      expected: `:::${node.name}[Title]{kind=…} … ::: for an item, or :${node.name} for an inline badge`,
      suggestion: `write :::${node.name} with three colons`,
      place: at,
    });
  }

  function misplaced(node: ContainerDirective | TextDirective): void {
    report({
      message: `${written(node)} must be written with two colons`,
      expected: `::${node.name}{…} on a line of its own`,
      suggestion: `write ::${node.name}`,
      place: pointOf(node),
    });
  }

  // A plain preorder walk (what unist-util-visit does, without its test and
  // parents bookkeeping): it runs on every page Docusaurus compiles.
  const walk = (parent: Parents, inHeading: boolean): void => {
    const {children} = parent;
    for (let index = 0; index < children.length; index += 1) {
      const node = children[index]!;
      if (node.type === 'heading') {
        visitHeading(node);
      } else if (isDirective(node) && isOurs(node.name)) {
        collection.directives.push(node);
        const itemName = findLevel(taxonomy, node.name) !== undefined || node.name === REF_DIRECTIVE;
        if (node.type === 'leafDirective') {
          visitLeaf(node);
        } else if (!itemName) {
          misplaced(node);
        } else if (node.type === 'containerDirective') {
          visitContainer(node, index === 0 ? undefined : children[index - 1]);
        } else if (parent.type !== 'heading') {
          visitBadge(node);
        }
      } else {
        gatherLink(node, inHeading, collection);
      }
      if ('children' in node) {
        walk(node, inHeading || node.type === 'heading');
      }
    }
  };
  walk(tree, false);

  // Ids: explicit ones verbatim, then slugs of titles made unique against
  // every heading id and every id given before, in document order.
  const headingIdsTaken = new Map(takenIds);
  for (const {explicitId, collected} of pending) {
    if (!explicitId || (takenIds.has(explicitId) && !headingIdsTaken.has(explicitId))) {
      continue; // a duplicate explicit id is reported once, by claimExplicit()
    }
    if (headingIdsTaken.has(explicitId)) {
      const heading = headingIdsTaken.get(explicitId);
      report({
        message: `id "${explicitId}" is already the id of a heading${heading ? ` (line ${heading.line})` : ''}`,
        expected: 'ids unique within the page',
        suggestion: `choose another id, e.g. "${explicitId}-item"`,
        place: collected.item,
      });
      headingIdsTaken.delete(explicitId);
    }
    takenIds.set(explicitId, undefined);
  }
  for (const {collected, explicitId} of pending) {
    if (collected.form !== 'heading' && !explicitId && !(collected.form === 'container' && collected.anchor)) {
      const {item} = collected;
      const scope = findKind(taxonomy, item.kind)!.requires.map((key) => (item as unknown as Record<string, string>)[key]);
      // A fresh slugger: uniqueness is settled against takenIds below.
      // A registry item is anchored by its id (with its framework and workload, for a model class cell).
      const base =
        item.ref !== undefined && scope.length === 0
          ? item.ref
          : createSlugger().slug([item.ref ?? item.title, ...scope].join(' '), {
              maintainCase: options.anchorsMaintainCase ?? false,
            }) || 'item';
      let id = base;
      for (let count = 1; takenIds.has(id); count += 1) {
        id = `${base}-${count}`;
      }
      takenIds.set(id, undefined);
      collected.item.id = id;
    }
    collection.items.push(collected);
  }
  // Document order, with the page item where its banner goes.
  const bannerAt = tree.children[bannerIndex(tree)]?.position?.start;
  const order = (entry: CollectedItem): [number, number] =>
    entry.form === 'page'
      ? [bannerAt?.line ?? Infinity, 0]
      : [entry.node.position?.start.line ?? 0, entry.node.position?.start.column ?? 0];
  collection.items.sort((a, b) => {
    const [lineA, columnA] = order(a);
    const [lineB, columnB] = order(b);
    return lineA - lineB || columnA - columnB;
  });
  return collection;
}

type Links = Pick<Collection, 'links' | 'definitions'>;

/** Link badges read links outside headings and every reference definition. */
function gatherLink(node: Nodes, inHeading: boolean, into: Links): void {
  if ((node.type === 'link' || node.type === 'linkReference') && !inHeading) {
    into.links.push(node);
  } else if (node.type === 'definition') {
    into.definitions.set(node.identifier, node.url);
  }
}

/** The links and definitions collect() gathers, for a page that holds nothing else of ours. */
export function collectLinks(tree: Root): Links {
  const found: Links = {links: [], definitions: new Map()};
  const walk = (parent: Parents, inHeading: boolean): void => {
    for (const node of parent.children) {
      gatherLink(node, inHeading, found);
      if ('children' in node) {
        walk(node, inHeading || node.type === 'heading');
      }
    }
  };
  walk(tree, false);
  return found;
}

/** Where a page item's banner goes: after front matter, imports and the h1 title. */
export function bannerIndex(tree: Root): number {
  let index = 0;
  while (tree.children[index]?.type === 'yaml' || tree.children[index]?.type === 'mdxjsEsm') {
    index += 1;
  }
  const first = tree.children[index];
  return first?.type === 'heading' && first.depth === 1 ? index + 1 : index;
}

/**
 * A mention of a registry item (`ref=…`): its kind and current level, or
 * one problem (no registry, unknown id, a level or kind that contradicts it).
 */
function resolveRef(
  options: CollectOptions,
  report: (problem: Problem) => void,
  {name, attributes, at, named}: {name: string; attributes: Record<string, string>; at: Point | undefined; named?: Level},
): {kind: Kind; level: Level; ref: RegistryItem} | undefined {
  const {registry, taxonomy} = options;
  const refId = attributes.ref ?? '';
  if (!registry) {
    report({
      message: `${name}{ref=${refId}} refers to the registry, but the site has none`,
      expected: 'the plugin option registry, e.g. registry: "classification.yml"',
      suggestion: 'set the registry option, or write the level and kind here instead',
      place: at,
    });
    return undefined;
  }
  const where = (item: RegistryItem) => `${displayPath(registry.file)}:${item.place.line}:${item.place.column}`;
  const item = registry.items.get(refId);
  if (!item) {
    report({
      message: `unknown ref "${refId}" in ${name}`,
      expected: `an item id of ${displayPath(registry.file)}`,
      suggestion: didYouMean(refId, [...registry.items.keys()]),
      place: at,
    });
    return undefined;
  }
  const kind = findKind(taxonomy, item.kind)!;
  if (attributes.kind !== undefined && attributes.kind !== item.kind) {
    report({
      message: `${name} says kind=${attributes.kind}, but "${refId}" is ${item.kind} in the registry (${where(item)})`,
      expected: 'the kind of the registry',
      suggestion: 'remove kind= here: the registry gives it',
      place: at,
    });
    return undefined;
  }
  const levelId = registryLevel(item, attributes);
  if (!levelId) {
    const cells = (item.levels ?? []).map((cell) => `${cell.framework ?? ''} × ${cell.workload ?? ''}`).join(', ');
    report({
      message: `"${refId}" has no level for ${attributes.framework ?? '?'} × ${attributes.workload ?? '?'} in the registry (${where(item)})`,
      expected: `framework and workload of a declared level: ${cells}`,
      suggestion: 'add framework="…" workload="…" matching the registry, or add that level to the registry',
      place: at,
    });
    return undefined;
  }
  const level = findLevel(taxonomy, levelId)!;
  if (named && named.id !== level.id) {
    report({
      message: `${name} contradicts the registry: "${refId}" is ${level.id} (${where(item)})`,
      expected: `${level.id}, as the registry says`,
      suggestion: `write ${name.replace(named.id, REF_DIRECTIVE)}{ref=${refId}} to follow the registry, or change the level there`,
      place: at,
    });
    return undefined;
  }
  return {kind, level, ref: item};
}

function makeItem(
  id: string,
  title: string,
  level: Level,
  kind: Kind,
  form: ItemForm,
  attributes: Record<string, string>,
  node: Nodes,
  ref?: RegistryItem,
): ClassificationItem {
  const at = pointOf(node) ?? {line: 1, column: 1};
  return {
    id,
    title,
    level: level.id,
    kind: kind.id,
    form,
    ...(ref ? {ref: ref.id} : {}),
    ...(attributes.since ? {since: attributes.since} : {}),
    ...(attributes.framework ? {framework: attributes.framework} : {}),
    ...(attributes.workload ? {workload: attributes.workload} : {}),
    line: at.line,
    column: at.column,
  };
}

function stringAttributes(node: Directive): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.attributes ?? {})) {
    if (typeof value === 'string') {
      attributes[key] = value;
    }
  }
  return attributes;
}

function checkAttributes(
  name: string,
  attributes: Record<string, string>,
  allowed: string[],
  at: Point | undefined,
  report: (problem: Problem) => void,
): boolean {
  let valid = true;
  for (const key of Object.keys(attributes)) {
    if (!allowed.includes(key)) {
      valid = false;
      report({
        message: `unknown attribute "${key}" on ${name}`,
        expected: `only ${allowed.join(', ')}`,
        suggestion: closest(key, allowed) ? didYouMean(key, allowed) : `remove ${key}`,
        place: at,
      });
    }
  }
  return valid;
}

function checkSince(
  since: string | undefined,
  name: string,
  at: Point | undefined,
  report: (problem: Problem) => void,
): boolean {
  if (since === undefined || SINCE_PATTERN.test(since)) {
    return true;
  }
  report({
    message: `since "${since}" in ${name} is neither a version nor a date`,
    expected: 'a version such as 2.18 or v2.18.0, or an ISO date such as 2024-05-01',
    suggestion: 'write since=2.18',
    place: at,
  });
  return false;
}

function checkId(
  id: string | undefined,
  name: string,
  at: Point | undefined,
  report: (problem: Problem) => void,
): boolean {
  if (id === undefined || /^[^\s#]+$/.test(id)) {
    return true;
  }
  report({
    message: `id "${id}" in ${name} is not a valid anchor`,
    expected: 'an id without spaces or "#"',
    suggestion: `write #${id.trim().replace(/[\s#]+/g, '-') || 'my-id'}`,
    place: at,
  });
  return false;
}

/** Title fallback of both callers: the file name. */
export function fileTitle(filePath: string | undefined): string {
  return filePath ? path.basename(filePath, path.extname(filePath)) : '';
}

/** Title as Docusaurus gives it: front matter title, else the first h1. */
function pageTitle(
  tree: Root,
  frontMatter: Record<string, unknown>,
  esm: Esm,
  fallback: string | undefined,
): string {
  if (typeof frontMatter.title === 'string' && frontMatter.title.trim()) {
    return frontMatter.title.trim();
  }
  for (const node of tree.children) {
    if (node.type === 'heading') {
      return node.depth === 1 ? esm.toString(node) : fallback ?? '';
    }
    if (node.type === 'thematicBreak') {
      break;
    }
  }
  return fallback ?? '';
}

function pageItemOf(
  tree: Root,
  options: CollectOptions,
  report: (problem: Problem) => void,
): PendingItem | undefined {
  const {frontMatter, taxonomy} = options;
  if (!hasOwnKey(frontMatter)) {
    return undefined; // most pages: no key of ours, nothing to check
  }
  const yaml = tree.children.find((node) => node.type === 'yaml');
  const keyPlace = (key: string): Point | undefined => {
    if (!yaml?.position) {
      return undefined;
    }
    const lines = yaml.value.split('\n');
    const index = lines.findIndex((line) => line.startsWith(`${key}:`));
    return index < 0 ? pointOf(yaml) : {line: yaml.position.start.line + 1 + index, column: 1};
  };
  const levelNames = taxonomy.levels.map((level) => level.id);
  const kindNames = taxonomy.kinds.map((kind) => kind.id);
  const known: string[] = [...Object.values(FRONT_MATTER)];
  const extraKeys = new Set(taxonomy.kinds.flatMap((kind) => kind.requires.map((key) => `classification_${key}`)));
  let valid = true;
  for (const key of Object.keys(frontMatter)) {
    if (key.startsWith('classification') && !known.includes(key) && !extraKeys.has(key)) {
      valid = false;
      const candidates = [...known, ...extraKeys];
      report({
        message: `unknown front matter key "${key}"`,
        expected: `one of ${candidates.join(', ')}`,
        suggestion: didYouMean(key, candidates),
        place: keyPlace(key),
      });
    }
  }
  if (!valid) {
    return undefined; // a misspelt key is most likely the one the next checks would miss
  }
  const refValue = frontMatter[FRONT_MATTER.ref];
  if (refValue !== undefined && refValue !== null) {
    return refPageItem(String(refValue), tree, options, report, keyPlace);
  }
  const levelValue = frontMatter[FRONT_MATTER.level];
  const kindValue = frontMatter[FRONT_MATTER.kind];
  if (levelValue === undefined || levelValue === null) {
    if (kindValue !== undefined) {
      report({
        message: `${FRONT_MATTER.kind} is set but ${FRONT_MATTER.level} is not`,
        expected: `${FRONT_MATTER.level}: one of ${levelNames.join(', ')}`,
        suggestion: `add "${FRONT_MATTER.level}: ${levelNames[0]}" or remove ${FRONT_MATTER.kind}`,
        place: keyPlace(FRONT_MATTER.kind),
      });
    }
    return undefined;
  }
  const level = typeof levelValue === 'string' ? findLevel(taxonomy, levelValue) : undefined;
  if (!level) {
    report({
      message: `unknown level ${JSON.stringify(levelValue)} in front matter ${FRONT_MATTER.level}`,
      expected: `one of ${levelNames.join(', ')}`,
      suggestion:
        typeof levelValue === 'string'
          ? didYouMean(levelValue, levelNames)
          : `write a level name, e.g. "${FRONT_MATTER.level}: ${levelNames[0]}"`,
      place: keyPlace(FRONT_MATTER.level),
    });
    return undefined;
  }
  const kind = typeof kindValue === 'string' ? findKind(taxonomy, kindValue) : undefined;
  if (!kind) {
    report({
      message:
        kindValue === undefined
          ? `front matter ${FRONT_MATTER.level}: ${level.id} needs ${FRONT_MATTER.kind}`
          : `unknown kind ${JSON.stringify(kindValue)} in front matter ${FRONT_MATTER.kind}`,
      expected: `${FRONT_MATTER.kind}: one of ${kindNames.join(', ')}`,
      suggestion: typeof kindValue === 'string' ? didYouMean(kindValue, kindNames) : `add "${FRONT_MATTER.kind}: ${kindNames[0]}"`,
      place: keyPlace(kindValue === undefined ? FRONT_MATTER.level : FRONT_MATTER.kind),
    });
    return undefined;
  }
  const attributes: Record<string, string> = {};
  for (const key of ['id', 'since', ...kind.requires]) {
    const value = frontMatter[`classification_${key}`];
    if (value === undefined) {
      continue;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      valid = false;
      report({
        message: `front matter classification_${key} must be text, got ${JSON.stringify(value)}`,
        expected: 'a string',
        suggestion: `write classification_${key}: "…"`,
        place: keyPlace(`classification_${key}`),
      });
      continue;
    }
    attributes[key] = String(value);
  }
  const missing = kind.requires.filter((required) => !attributes[required]);
  if (missing.length > 0) {
    valid = false;
    report({
      message: `front matter ${FRONT_MATTER.kind}: ${kind.id} is missing ${missing.map((key) => `classification_${key}`).join(' and ')}`,
      expected: kind.requires.map((key) => `classification_${key}`).join(' and '),
      suggestion: `add ${missing.map((key) => `"classification_${key}: …"`).join(' and ')}`,
      place: keyPlace(FRONT_MATTER.kind),
    });
  }
  const at = keyPlace(FRONT_MATTER.level) ?? {line: 1, column: 1};
  valid = checkSince(attributes.since, `front matter ${FRONT_MATTER.since}`, keyPlace(FRONT_MATTER.since), report) && valid;
  valid = checkId(attributes.id, `front matter ${FRONT_MATTER.id}`, keyPlace(FRONT_MATTER.id), report) && valid;
  if (!valid) {
    return undefined;
  }
  const item = makeItem(attributes.id ?? '', '', level, kind, 'page', attributes, tree);
  item.line = at.line;
  item.column = at.column;
  return {explicitId: attributes.id, collected: {form: 'page', node: tree, item}};
}

/** A page classified by `classification_ref:` in its front matter. */
function refPageItem(
  refId: string,
  tree: Root,
  options: CollectOptions,
  report: (problem: Problem) => void,
  keyPlace: (key: string) => Point | undefined,
): PendingItem | undefined {
  const {frontMatter, taxonomy} = options;
  const at = keyPlace(FRONT_MATTER.ref) ?? {line: 1, column: 1};
  const levelValue = frontMatter[FRONT_MATTER.level];
  const named = typeof levelValue === 'string' ? findLevel(taxonomy, levelValue) : undefined;
  const attributes: Record<string, string> = {ref: refId};
  for (const key of ['kind', 'framework', 'workload', 'id', 'since']) {
    const value = frontMatter[`classification_${key}`];
    if (typeof value === 'string' || typeof value === 'number') {
      attributes[key] = String(value);
    }
  }
  const resolved = resolveRef(options, report, {name: `front matter ${FRONT_MATTER.ref}`, attributes, at, named});
  if (!resolved) {
    return undefined;
  }
  const since = attributes.since ?? resolved.ref.since;
  const item = makeItem(
    attributes.id ?? '',
    '',
    resolved.level,
    resolved.kind,
    'page',
    {...attributes, ...(since ? {since} : {})},
    tree,
    resolved.ref,
  );
  item.line = at.line;
  item.column = at.column;
  return {explicitId: attributes.id, collected: {form: 'page', node: tree, item}};
}
