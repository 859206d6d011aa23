/**
 * `:beta[Batch sizes other than the traced one]{#dynamic-batch kind=api}`:
 * a statement item, inline in a sentence or a list item, with no box. An
 * inline directive of a level with a label or an id is one; a bare `:beta`
 * stays a badge.
 */
import {ATTRIBUTES} from '../vocabulary';
import {makeItem, readItem} from './item';
import {emptyLabel} from './messages';
import {pointOf, written} from './validate';
import type {Context} from './context';
import type {Parents} from 'mdast' with {'resolution-mode': 'import'};
import type {TextDirective} from 'mdast-util-directive' with {'resolution-mode': 'import'};

/** Whether an inline directive of a level is a statement rather than a badge. */
export function isStatement(node: TextDirective): boolean {
  return node.children.length > 0 || typeof node.attributes?.id === 'string';
}

export function visitStatement(context: Context, node: TextDirective, parent: Parents): void {
  const read = readItem(context, node, ATTRIBUTES.statement);
  if (!read) {
    return;
  }
  // Its label, else the sentence it stands in.
  const text = node.children.length > 0 ? node : {type: 'paragraph' as const, children: parent.children.filter((child) => child !== node)};
  const title = context.esm.toString(text as never).replace(/\s+/g, ' ').trim() || read.ref?.title;
  if (!title) {
    context.report(emptyLabel(written(node)), pointOf(node));
    return;
  }
  const explicitId = read.attributes.id;
  if (explicitId) {
    context.ids.claim(explicitId, pointOf(node));
  }
  const item = makeItem(explicitId ?? '', title, 'statement', read, node);
  context.ids.add({form: 'statement', node, item, level: read.level, kind: read.kind}, explicitId);
}
