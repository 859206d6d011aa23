/** `:beta` in a sentence, or `:classification[Label]{ref=…}`: an inline badge, not an item (see statement.ts). */
import {findLevel} from '../taxonomy';
import {ATTRIBUTES} from '../vocabulary';
import {directiveSubject, needsRef} from './messages';
import {resolveRef} from './refs';
import {checkAttributes, checkKnown, checkSince, pointOf, stringAttributes, written} from './validate';
import type {Context} from './context';
import type {TextDirective} from 'mdast-util-directive' with {'resolution-mode': 'import'};

export function visitBadge(context: Context, node: TextDirective): void {
  const attributes = stringAttributes(node);
  const at = pointOf(node);
  const name = written(node);
  const subject = directiveSubject(name);
  let valid = checkAttributes(context, subject, node, attributes, ATTRIBUTES.badge, at);
  const named = findLevel(context.taxonomy, node.name);
  let level = named;
  if (attributes.ref !== undefined) {
    level = resolveRef(context, {name, attributes, at, named})?.level;
    if (!level) {
      return;
    }
  } else if (!named) {
    context.report(needsRef(name, name, true), at);
    return;
  }
  valid = checkKnown(context, 'kind', attributes.kind, subject, at) && valid;
  valid = checkSince(context, attributes.since, subject, at) && valid;
  if (valid && level) {
    context.collection.badges.push({node, level, since: attributes.since, labelled: node.children.length > 0});
  }
}
