/** `## Title :beta{kind=…}`: the heading is the item; plain headings give ids and titles to what follows. */
import {ATTRIBUTES, DIRECTIVE, DOCUSAURUS_IDS} from '../vocabulary';
import {commentHeadingId, headingChildrenWithout, headingTitle, shownChildren} from './heading-ids';
import {makeItem, readItem} from './item';
import {docusaurusId, headingIdShorthand, secondHeadingClassification, untitledHeading} from './messages';
import {pointOf, written} from './validate';
import type {Context} from './context';
import type {Heading} from 'mdast' with {'resolution-mode': 'import'};
import type {TextDirective} from 'mdast-util-directive' with {'resolution-mode': 'import'};

export function visitHeading(context: Context, heading: Heading): void {
  const {headingIds, ids} = context;
  const directives = heading.children.filter(
    (child): child is TextDirective =>
      child.type === 'textDirective' && (context.levelNames.includes(child.name) || child.name === DIRECTIVE.ref),
  );
  const [directive, ...extra] = directives;
  for (const other of extra) {
    context.report(secondHeadingClassification(written(other)), pointOf(other));
  }
  if (!directive) {
    const id = headingIds.next(heading.children);
    ids.heading(id, pointOf(heading));
    context.plainHeadingIds.set(heading, id);
    context.lastHeadingTitle = headingTitle(headingIds.text(heading.children));
    return;
  }
  const next = heading.children[heading.children.indexOf(directive) + 1];
  if (next?.type === 'text' && next.value.startsWith('{#') && Object.keys(directive.attributes ?? {}).length === 0) {
    // Docusaurus escapes the first "{#" of every heading line before parsing
    // (markdown.mdx1Compat.headingIds), so `:beta{#id …}` loses its attributes.
    const id = /^\{#([^\s}]+)/.exec(next.value)?.[1] ?? 'my-id';
    context.report(headingIdShorthand(written(directive), id), pointOf(directive));
    ids.heading(headingIds.next(heading.children), pointOf(heading));
    return;
  }
  const children = headingChildrenWithout(heading, directive);
  const named = commentHeadingId(children) ? children.slice(0, -1) : children;
  const title = headingTitle(headingIds.text(named));
  context.lastHeadingTitle = title;
  const read = readItem(context, directive, ATTRIBUTES.heading);
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
    context.report(untitledHeading(written(directive)), pointOf(heading));
    return;
  }
  if (DOCUSAURUS_IDS.has(id)) {
    context.report(docusaurusId(id), pointOf(directive));
    return;
  }
  ids.add({
    form: 'heading',
    node: heading,
    directive,
    explicitId: Boolean(explicitId),
    children: shownChildren(children),
    item: makeItem(id, title, 'heading', read, directive),
    level: read.level,
    kind: read.kind,
  });
}
