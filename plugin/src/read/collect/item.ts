/** What the item forms share: reading an item's attributes against the schema, and the item itself. */
import {plainText} from '../../model/text';
import {scopeFrom} from '../../model/item';
import {directiveSubject, missingScope, missingValue, needsRef, unknownValue} from '../../model/messages';
import {REF_DIRECTIVE} from '../../model/names';
import {attributesOf, verbatimFields, type DirectiveForm} from '../../model/schema';
import {findKind, findLevel, type Kind, type Level} from '../../model/taxonomy';
import {resolveRef} from './refs';
import {checkAttributes, checkId, checkRetirement, checkSince, checkTitle, pointOf, stringAttributes, written} from './validate';
import type {ClassificationItem, ItemForm, RegistryItem} from '../../model/item';
import type {Context} from './context';
import type {Nodes} from 'mdast' with {'resolution-mode': 'import'};
import type {ContainerDirective, TextDirective} from 'mdast-util-directive' with {'resolution-mode': 'import'};

export interface ReadItem {
  kind: Kind;
  level: Level;
  attributes: Record<string, string>;
  ref?: RegistryItem;
}

/**
 * The scope keys an item may be written with: its kind's (named, or the
 * registry item's it mentions), else every kind's (its kind is reported).
 */
function scopeKeysFor(context: Context, attributes: Record<string, string>): readonly string[] {
  const kindName = attributes.ref === undefined ? attributes.kind : context.options.registry?.items.get(attributes.ref)?.kind;
  return (kindName === undefined ? undefined : findKind(context.taxonomy, kindName))?.requires ?? context.scopeKeys;
}

/** Checks the attribute names of an item form (`form`) and the level, kind and values of the item. */
export function readItem(context: Context, node: ContainerDirective | TextDirective, form: DirectiveForm): ReadItem | undefined {
  const attributes = stringAttributes(node);
  const at = pointOf(node);
  const name = written(node);
  const subject = directiveSubject(name);
  let valid = checkAttributes(context, subject, node, attributes, attributesOf(form, scopeKeysFor(context, attributes)), at);
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
    context.report(needsRef(name, name.replace(REF_DIRECTIVE, context.levelNames[0] ?? 'beta'), false), at);
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

/** What a registry item gives an item that mentions it and does not say otherwise: the fields it writes as text (since, removal, replacement). */
export function registryDetails(ref: RegistryItem): Record<string, string> {
  const details: Record<string, string> = {};
  for (const field of verbatimFields()) {
    const value = (ref as unknown as Record<string, unknown>)[field];
    if (typeof value === 'string') {
      details[field] = value;
    }
  }
  return details;
}

/** The item an item form declares: its id, title and form, and the fields as written (the schema's verbatim ones, its scope). */
export function makeItem(id: string, title: string, form: ItemForm, {level, kind, attributes, ref}: ReadItem, node: Nodes): ClassificationItem {
  const at = pointOf(node) ?? {line: 1, column: 1};
  // As one line of text: a statement's label may span lines.
  const fields: Record<string, unknown> = {id, title: plainText(title), level: level.id, kind: kind.id, form};
  if (ref) {
    fields.ref = ref.id;
  }
  for (const field of verbatimFields()) {
    if (attributes[field]) {
      fields[field] = attributes[field];
    }
  }
  const scope = scopeFrom(kind.requires, attributes);
  if (scope) {
    fields.scope = scope;
  }
  return {...fields, line: at.line, column: at.column} as unknown as ClassificationItem;
}
