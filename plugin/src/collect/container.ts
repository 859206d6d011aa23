/** `:::beta[Title]{kind=…} … :::`: a callout item. */
import {ATTRIBUTES} from '../vocabulary';
import {makeItem, readItem} from './item';
import {emptyLabel, neverClosed} from './messages';
import {pointOf, written} from './validate';
import type {Context} from './context';
import type {Nodes} from 'mdast' with {'resolution-mode': 'import'};
import type {ContainerDirective} from 'mdast-util-directive' with {'resolution-mode': 'import'};

export function visitContainer(context: Context, node: ContainerDirective, previous: Nodes | undefined): void {
  checkClosed(context, node);
  const label = directiveLabel(node);
  const read = readItem(context, node, ATTRIBUTES.container);
  if (!read) {
    return;
  }
  let title: string | undefined;
  if (label) {
    title = context.esm.toString(label).trim();
    if (!title) {
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
