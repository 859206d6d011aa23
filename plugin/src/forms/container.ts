/** `:::beta[Title]{kind=…} … :::`: a callout item, its body below its header and notice. */
import {emptyLabel, neverClosed} from '../model/messages';
import {isBlank} from '../model/text';
import {makeItem, readItem} from '../read/collect/item';
import {pointOf, written} from '../read/collect/validate';
import {replaceNode, type PropValue} from '../render/jsx';
import {markAnchor, type PageRender} from '../render/page';
import {defineForm} from './form';
import type {CollectedItem} from '../read/collect/types';
import type {Context} from '../read/collect/context';
import type {Nodes} from 'mdast' with {'resolution-mode': 'import'};
import type {ContainerDirective} from 'mdast-util-directive' with {'resolution-mode': 'import'};

type Container = Extract<CollectedItem, {form: 'container'}>;

export const containerForm = defineForm<Container>({
  name: 'container',
  components: ['Callout'],
  claims: (node, _parent, context) => node.type === 'containerDirective' && context.itemNames.has(node.name),
  collect(context, node, _parent, previous) {
    collectContainer(context, node as ContainerDirective, previous);
    return undefined;
  },
  render,
});

function render(page: PageRender, collected: Container): void {
  const {node, label, level, kind} = collected;
  const retirement = page.retirement(collected);
  const noticeAt = page.noticeAt(collected);
  // Its body hides itself (ClassificationCallout).
  const hides = page.hides(collected, false);
  const props: Record<string, PropValue> = {...page.itemProps(collected), className: node.attributes?.class ?? undefined, retirement, noticeAt, hides};
  if (collected.anchor) {
    // The heading above carries the id (see collectContainer()).
    markAnchor(collected.anchor, level, kind);
    props.id = undefined;
  }
  // The callout shows the kind's disclaimer itself (ClassificationDisclaimer).
  replaceNode(node, page.block('Callout', props, node.children.filter((child) => child !== label)));
}

function collectContainer(context: Context, node: ContainerDirective, previous: Nodes | undefined): void {
  checkClosed(context, node);
  const label = directiveLabel(node);
  const read = readItem(context, node, 'container');
  if (!read) {
    return;
  }
  let title: string | undefined;
  if (label) {
    title = context.text(label).trim();
    if (isBlank(title)) {
      context.report(emptyLabel(written(node)), pointOf(node));
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
  const anchorId = anchor && context.plainHeadingIds.get(anchor);
  title ||= read.attributes.title?.trim() || read.ref?.title || context.lastHeadingTitle || context.collection.pageTitle;
  if (explicitId) {
    context.ids.claim(explicitId, pointOf(node));
  }
  const item = makeItem(explicitId ?? anchorId ?? '', title, 'container', read, node);
  const decided = {form: 'container' as const, node, item, level: read.level, kind: read.kind, ...(label ? {label} : {})};
  context.ids.add(anchorId ? {...decided, anchor} : decided, explicitId);
}

/**
 * The `[label]` of a container. MDX unwraps a paragraph holding only JSX or
 * an expression (`:::beta[{name}]`) into a flow node before any remark
 * plugin runs, so the label is also a first child that starts on the
 * directive's own line.
 */
function directiveLabel(node: ContainerDirective): ContainerDirective['children'][number] | undefined {
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

/**
 * An unclosed container silently swallows the rest of its parent (the
 * page, a list item…): say so. Its text must end with a `:::` fence.
 */
function checkClosed(context: Context, node: ContainerDirective): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const text = start === undefined || end === undefined ? undefined : context.written(start, end);
  // Lines end with \n, \r\n or a lone \r.
  if (text === undefined || /(^|[\n\r])[ \t>]*:{3,}$/.test(text.trimEnd())) {
    return;
  }
  context.report(neverClosed(written(node), node.position!.end.line), pointOf(node));
}
