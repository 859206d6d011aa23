/** `## Title :beta{kind=…}`: the heading is the item; its badge follows its text, in the page and in the TOC. */
import {docusaurusId, headingIdShorthand, secondHeadingClassification, untitledHeading} from '../model/messages';
import {DOCUSAURUS_IDS} from '../model/names';
import {commentHeadingId, headingChildrenWithout, headingTitle, shownChildren} from '../read/collect/heading-ids';
import {makeItem, readItem} from '../read/collect/item';
import {pointOf, written} from '../read/collect/validate';
import {markAnchor, type PageRender} from '../render/page';
import {parentOf} from '../render/reader-control';
import {defineForm} from './form';
import type {Context} from '../read/collect/context';
import type {CollectedItem} from '../read/collect/types';
import type {Heading, Nodes} from 'mdast' with {'resolution-mode': 'import'};
import type {TextDirective} from 'mdast-util-directive' with {'resolution-mode': 'import'};

type HeadingItem = Extract<CollectedItem, {form: 'heading'}>;

/** The level directives of a heading (`:beta`, `:classification{ref=…}`). */
function itemDirectives(context: Context, heading: Heading): TextDirective[] {
  return heading.children.filter((child): child is TextDirective => child.type === 'textDirective' && context.itemNames.has(child.name));
}

export const headingForm = defineForm<HeadingItem>({
  name: 'heading',
  components: ['Retirement'],
  // The heading, and the level directives in it, which it reads with it.
  claims: (node: Nodes, parent, context) =>
    node.type === 'heading'
      ? itemDirectives(context, node).length > 0
      : node.type === 'textDirective' && parent.type === 'heading' && context.itemNames.has(node.name),
  collect(context, node) {
    if (node.type === 'heading') {
      collectHeading(context, node);
    }
    return undefined;
  },
  render,
});

function render(page: PageRender, collected: HeadingItem): void {
  const {node, level, kind, item} = collected;
  const retirement = page.retirement(collected);
  // The id is set here, so the headings plugin keeps it and no longer
  // reads a `{#id}` suffix or an id comment: collect left those out.
  const fresh = page.newLabel(item);
  node.children = [
    ...collected.children,
    {type: 'text', value: ' '},
    page.badgeSpan(level),
    ...(fresh ? [{type: 'text', value: ' '} as const, page.newSpan(fresh)] : []),
  ];
  markAnchor(node, level, kind, item.id);
  page.hides(collected, true, node);
  if (retirement) {
    // Below the heading: the TOC keeps headings' text only.
    const siblings = parentOf(page.tree, node);
    siblings?.splice(siblings.indexOf(node) + 1, 0, page.block('Retirement', {level: item.level, levelLabel: level.label, since: item.since, ...retirement}));
  }
}

function collectHeading(context: Context, heading: Heading): void {
  const {headingIds, ids} = context;
  const [directive, ...extra] = itemDirectives(context, heading);
  for (const other of extra) {
    context.report(secondHeadingClassification(written(other)), pointOf(other));
  }
  const next = heading.children[heading.children.indexOf(directive!) + 1];
  if (next?.type === 'text' && next.value.startsWith('{#') && Object.keys(directive!.attributes ?? {}).length === 0) {
    // Docusaurus escapes the first "{#" of every heading line before parsing
    // (markdown.mdx1Compat.headingIds), so `:beta{#id …}` loses its attributes.
    const id = /^\{#([^\s}]+)/.exec(next.value)?.[1] ?? 'my-id';
    context.report(headingIdShorthand(written(directive!), id), pointOf(directive));
    ids.heading(headingIds.next(heading.children), pointOf(heading));
    return;
  }
  const children = headingChildrenWithout(heading, directive!);
  const named = commentHeadingId(children) ? children.slice(0, -1) : children;
  const title = headingTitle(headingIds.text(named));
  context.lastHeadingTitle = title;
  const read = readItem(context, directive!, 'heading');
  const explicitId = read?.attributes.id;
  const id = headingIds.next(children, explicitId);
  if (explicitId) {
    ids.claim(explicitId, pointOf(directive));
  }
  ids.heading(id, pointOf(heading));
  if (!read) {
    return;
  }
  if (!title) {
    context.report(untitledHeading(written(directive!)), pointOf(heading));
    return;
  }
  if (DOCUSAURUS_IDS.has(id)) {
    context.report(docusaurusId(id), pointOf(directive));
    return;
  }
  ids.add({
    form: 'heading',
    node: heading,
    directive: directive!,
    explicitId: Boolean(explicitId),
    children: shownChildren(children),
    item: makeItem(id, title, 'heading', read, directive!),
    level: read.level,
    kind: read.kind,
  });
}
