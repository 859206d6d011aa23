/** What containers and heading items share: reading the item's attributes, and the item itself. */
import {findKind, findLevel, type Kind, type Level} from '../taxonomy';
import {DIRECTIVE} from '../vocabulary';
import {directiveSubject, missingScope, missingValue, needsRef, unknownValue} from './messages';
import {resolveRef} from './refs';
import {checkAttributes, checkId, checkRetirement, checkSince, checkTitle, pointOf, stringAttributes, written} from './validate';
import type {RegistryItem} from '../scan/registry';
import type {Context} from './context';
import type {ClassificationItem, ItemForm} from './types';
import type {Nodes} from 'mdast' with {'resolution-mode': 'import'};
import type {ContainerDirective, TextDirective} from 'mdast-util-directive' with {'resolution-mode': 'import'};

export interface ReadItem {
  kind: Kind;
  level: Level;
  attributes: Record<string, string>;
  ref?: RegistryItem;
}

/** Checks attribute names and the level/kind/since values of one item. */
export function readItem(context: Context, node: ContainerDirective | TextDirective, allowed: readonly string[]): ReadItem | undefined {
  const attributes = stringAttributes(node);
  const at = pointOf(node);
  const name = written(node);
  const subject = directiveSubject(name);
  let valid = checkAttributes(context, subject, node, attributes, allowed, at);
  const named = findLevel(context.taxonomy, node.name);
  if (attributes.ref !== undefined) {
    const resolved = resolveRef(context, {name, attributes, at, named});
    if (!resolved) {
      return undefined;
    }
    valid = checkTitle(context, name, attributes, at) && valid;
    valid = checkId(context, attributes.id, name, at) && valid;
    // What the page does not say, the registry does.
    const merged = {...registryDetails(resolved.ref), ...attributes};
    valid = checkRetirement(context, resolved.level, merged, subject, () => at) && valid;
    return valid ? {...resolved, attributes: merged} : undefined;
  }
  if (!named) {
    context.report(needsRef(name, name.replace(DIRECTIVE.ref, context.levelNames[0] ?? 'beta'), false), at);
    return undefined;
  }
  const kindName = attributes.kind;
  if (kindName === undefined) {
    context.report(missingValue('kind', context.kindNames, subject), at);
    return undefined;
  }
  const kind = findKind(context.taxonomy, kindName);
  if (!kind) {
    context.report(unknownValue('kind', kindName, context.kindNames, subject), at);
    return undefined;
  }
  const missing = kind.requires.filter((required) => !attributes[required]);
  if (missing.length > 0) {
    valid = false;
    context.report(missingScope(kind, missing, directiveSubject(`${name}{kind=${kind.id}}`)), at);
  }
  valid = checkTitle(context, name, attributes, at) && valid;
  valid = checkSince(context, attributes.since, subject, at) && valid;
  valid = checkRetirement(context, named, attributes, subject, () => at) && valid;
  valid = checkId(context, attributes.id, name, at) && valid;
  return valid ? {kind, level: named, attributes} : undefined;
}

/** The details a registry item gives an item that mentions it: since, removal, replacement. */
export function registryDetails(ref: RegistryItem): Record<string, string> {
  return Object.fromEntries((['since', 'removal', 'replacement'] as const).flatMap((key) => (ref[key] === undefined ? [] : [[key, ref[key]!]])));
}

export function makeItem(
  id: string,
  title: string,
  form: ItemForm,
  {level, kind, attributes, ref}: ReadItem,
  node: Nodes,
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
    ...(attributes.removal ? {removal: attributes.removal} : {}),
    ...(attributes.replacement ? {replacement: attributes.replacement} : {}),
    ...(attributes.framework ? {framework: attributes.framework} : {}),
    ...(attributes.workload ? {workload: attributes.workload} : {}),
    line: at.line,
    column: at.column,
  };
}
