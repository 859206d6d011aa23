/** `:beta` in a sentence, or `:classification[Label]{ref=…}`: an inline badge, not an item (see statement.ts). */
import {localName} from '../model/components';
import {directiveSubject, needsRef} from '../model/messages';
import {attributesOf} from '../model/schema';
import {findLevel, type Level} from '../model/taxonomy';
import {resolveRef} from '../read/collect/refs';
import {checkAttributes, checkKnown, checkSince, pointOf, stringAttributes, written} from '../read/collect/validate';
import {replaceNode} from '../render/jsx';
import {defineForm} from './form';
import type {Context} from '../read/collect/context';
import type {PageRender} from '../render/page';
import type {TextDirective} from 'mdast-util-directive' with {'resolution-mode': 'import'};

export interface Badge {
  node: TextDirective;
  level: Level;
  since?: string;
  /** `:classification[Label]{ref=…}`: the label shows before the badge. */
  labelled: boolean;
}

export const badgeForm = defineForm<Badge>({
  name: 'badge',
  components: ['Badge'],
  // After the statement form: a level's inline directive that is no statement, not in a heading.
  claims: (node, parent, context) => node.type === 'textDirective' && parent.type !== 'heading' && context.itemNames.has(node.name),
  collect: (context, node) => collectBadge(context, node as TextDirective),
  render,
});

function render(page: PageRender, {node, level, since, labelled}: Badge): void {
  const badge = page.inline('Badge', localName('Badge'), {level: level.id, label: level.label, since});
  // `:classification[Label]{ref=…}`: the label, then the registry's current level.
  replaceNode(node, labelled ? page.inline(undefined, 'span', {}, [...node.children, {type: 'text', value: ' '}, badge]) : badge);
}

function collectBadge(context: Context, node: TextDirective): Badge | undefined {
  const attributes = stringAttributes(node);
  const at = pointOf(node);
  const name = written(node);
  const subject = directiveSubject(name);
  let valid = checkAttributes(context, subject, node, attributes, attributesOf('badge', context.scopeKeys), at);
  const named = findLevel(context.taxonomy, node.name);
  let level = named;
  if (attributes.ref !== undefined) {
    level = resolveRef(context, {name, attributes, at, named})?.level;
    if (!level) {
      return undefined;
    }
  } else if (!named) {
    context.report(needsRef(name, name, true), at);
    return undefined;
  }
  valid = checkKnown(context, 'kind', attributes.kind, subject, at) && valid;
  valid = checkSince(context, attributes.since, subject, at) && valid;
  return valid && level ? {node, level, since: attributes.since, labelled: node.children.length > 0} : undefined;
}
