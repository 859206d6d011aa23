/**
 * `:beta[Batch sizes other than the traced one]{#dynamic-batch kind=api}`:
 * a statement item, inline in a sentence or a list item, with no box. An
 * inline directive of a level with a label or an id is one; a bare `:beta`
 * stays a badge.
 */
import {localName} from '../model/components';
import {emptyLabel} from '../model/messages';
import {isBlank} from '../model/text';
import {REF_DIRECTIVE} from '../model/names';
import {makeItem, readItem} from '../read/collect/item';
import {pointOf, written} from '../read/collect/validate';
import {replaceNode} from '../render/jsx';
import {defineForm} from './form';
import type {Context} from '../read/collect/context';
import type {CollectedItem} from '../read/collect/types';
import type {PageRender} from '../render/page';
import type {Parents} from 'mdast' with {'resolution-mode': 'import'};
import type {TextDirective} from 'mdast-util-directive' with {'resolution-mode': 'import'};

type Statement = Extract<CollectedItem, {form: 'statement'}>;

/** Whether an inline directive of a level is a statement rather than a badge. */
export function isStatement(node: TextDirective): boolean {
  return node.children.length > 0 || typeof node.attributes?.id === 'string';
}

export const statementForm = defineForm<Statement>({
  name: 'statement',
  components: ['Statement'],
  // A level's inline directive with a label or an id (`:classification[Label]{ref=…}` is a badge), not in a heading.
  claims: (node, parent, context) =>
    node.type === 'textDirective' && parent.type !== 'heading' && node.name !== REF_DIRECTIVE && context.itemNames.has(node.name) && isStatement(node),
  collect(context, node, parent) {
    collectStatement(context, node as TextDirective, parent);
    return undefined;
  },
  render,
});

function render(page: PageRender, collected: Statement): void {
  // The label is the statement's text; without one, the sentence around it is.
  const {node} = collected;
  const {title: _title, ...props} = page.itemProps(collected);
  replaceNode(node, page.inline('Statement', localName('Statement'), {...props, className: node.attributes?.class ?? undefined}, node.children));
}

function collectStatement(context: Context, node: TextDirective, parent: Parents): void {
  const read = readItem(context, node, 'statement');
  if (!read) {
    return;
  }
  // Its label, else the sentence it stands in.
  const text = node.children.length > 0 ? node : {type: 'paragraph' as const, children: parent.children.filter((child) => child !== node)};
  const label = context.text(text as never).replace(/\s+/g, ' ').trim();
  const title = isBlank(label) ? read.ref?.title : label;
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
