/**
 * The reader control's page side: what a reader may hide is marked with its
 * phase (`data-classification-hides`), and the control is added where the
 * page has some. A heading item's section runs to the next heading of its
 * rank or higher; a page item's, from its banner to the end. The heading,
 * the banner and a callout's header stay, with the badge, title and anchor.
 */
import {localName} from '../model/components';
import {HIDES_ATTRIBUTE} from '../model/names';
import {HIDEABLE_PHASES, type HideablePhase} from '../model/taxonomy';
import {bannerIndex} from '../read/collect/front-matter';
import type {PageRender} from './page';
import type {BlockContent, Heading, Nodes, Parents, Root, RootContent} from 'mdast' with {'resolution-mode': 'import'};
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx' with {'resolution-mode': 'import'};

/** Marks each hideable section of the page and puts the control above the content; nothing when nothing hides. */
export function addReaderControl(page: PageRender): void {
  const storage = page.site?.snapshot.settings.readerStorage;
  if (!storage || page.hideable.length === 0) {
    return;
  }
  const {tree} = page;
  for (const {phase, section, heading} of page.hideable) {
    const siblings = heading ? parentOf(tree, heading) : tree.children;
    if (!section || !siblings) {
      continue;
    }
    // A page item: everything after its banner (which follows the page's title).
    let index = heading ? siblings.indexOf(heading) + 1 : bannerIndex(tree) + 1;
    for (; index < siblings.length; index += 1) {
      const node = siblings[index]!;
      if (heading && node.type === 'heading' && node.depth <= heading.depth) {
        break;
      }
      siblings[index] = markHidden(node, phase);
    }
  }
  const phases = HIDEABLE_PHASES.filter((phase) => page.hideable.some((entry) => entry.phase === phase));
  const options = phases.map((phase) => ({phase, levels: page.taxonomy.levels.filter((level) => level.phase === phase).map((level) => level.label)}));
  tree.children.splice(bannerIndex(tree), 0, page.block('ReaderControl', {options, storageKey: storage.key, storageType: storage.type}));
}

/** A space-separated list of phases with `phase` in it. */
function withPhase(value: unknown, phase: HideablePhase): string {
  return [...new Set([...String(value ?? '').split(' ').filter(Boolean), phase])].join(' ');
}

/** Adds `phase` to a JSX element's attribute `name` (creating it with `create`); false when it has none. */
export function addToAttribute(node: MdxJsxFlowElement, name: string, phase: HideablePhase, create = false): boolean {
  const attribute = node.attributes.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === name);
  if (attribute === undefined) {
    if (create) {
      node.attributes.push({type: 'mdxJsxAttribute', name, value: phase});
    }
    return create;
  }
  attribute.value = withPhase(attribute.value, phase);
  return true;
}

/** Nodes whose element takes the mark itself; others are wrapped in a `div` that carries it. */
const MARKED_IN_PLACE = new Set(['paragraph', 'list', 'listItem', 'blockquote', 'table', 'thematicBreak']);
/** Nodes that render nothing of their own (imports, link definitions, expressions), left alone. */
const NOT_CONTENT = new Set(['mdxjsEsm', 'yaml', 'toml', 'definition', 'footnoteDefinition', 'mdxFlowExpression']);
/** Nodes whose text flows: one that holds an item stays whole (a statement is a sentence). */
const PHRASING_CONTAINERS = new Set(['paragraph', 'table', 'tableRow', 'tableCell', 'heading']);
/** The components whose element carries an item's anchor. */
const ITEM_COMPONENTS = new Set([localName('Callout'), localName('Statement')]);

/** Whether an item's anchor is in `node`: a classified heading, a callout or a statement. */
function holdsItem(node: Nodes): boolean {
  if (node.type === 'heading' && node.data?.hProperties?.['data-classification-level'] !== undefined) {
    return true;
  }
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && ITEM_COMPONENTS.has(node.name ?? '')) {
    return true;
  }
  return 'children' in node && (node.children as Nodes[]).some(holdsItem);
}

/**
 * A node of hideable content, marked with its phase (a section inside another
 * gets both). Headings stay, so that every anchor of the section still lands;
 * an item inside stays findable: a callout hides its body only (as its own
 * phase would), a container holding an item hides around it, and a sentence
 * holding a statement stays.
 */
function markHidden(node: RootContent, phase: HideablePhase): RootContent {
  if (NOT_CONTENT.has(node.type) || node.type === 'heading') {
    return node;
  }
  if (node.type === 'mdxJsxFlowElement' && node.name === localName('Callout')) {
    addToAttribute(node, 'hides', phase, true);
    return node;
  }
  if (holdsItem(node)) {
    if (!PHRASING_CONTAINERS.has(node.type) && 'children' in node) {
      (node as Parents).children = (node.children as RootContent[]).map((child) => markHidden(child, phase)) as Parents['children'];
    }
    return node;
  }
  if (MARKED_IN_PLACE.has(node.type)) {
    node.data = {...node.data, hProperties: {...node.data?.hProperties, [HIDES_ATTRIBUTE]: withPhase(node.data?.hProperties?.[HIDES_ATTRIBUTE], phase)}};
    return node;
  }
  if (node.type === 'mdxJsxFlowElement' && node.name === 'div' && addToAttribute(node, HIDES_ATTRIBUTE, phase)) {
    return node; // a div this function wrapped for an outer section
  }
  // Code blocks, admonitions and components: their props do not reach the DOM.
  return {type: 'mdxJsxFlowElement', name: 'div', attributes: [{type: 'mdxJsxAttribute', name: HIDES_ATTRIBUTE, value: phase}], children: [node as BlockContent]};
}

/** The children of the node that holds `node` (headings sit in the root, a list item, a quote…). */
export function parentOf(tree: Root, node: Heading): RootContent[] | undefined {
  const stack: Parents[] = [tree];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    if ((parent.children as RootContent[]).includes(node)) {
      return parent.children as RootContent[];
    }
    for (const child of parent.children) {
      if ('children' in child) {
        stack.push(child);
      }
    }
  }
  return undefined;
}
