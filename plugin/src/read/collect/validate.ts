/** Checks of attribute values shared by the forms: each reports what it finds and says whether all was well. */
import {retirementProblems} from '../../model/checks';
import {directiveSubject, emptyTitleAttribute, invalidId, invalidSince, unknownName, unknownValue, type Subject} from '../../model/messages';
import {ID_PATTERN} from '../../model/names';
import {isBlank, textFault} from '../../model/text';
import {isSince} from '../../model/versions';
import type {Point} from '../../model/problems';
import type {Level} from '../../model/taxonomy';
import type {Context} from './context';
import type {Directive} from './types';
import type {Nodes} from 'mdast' with {'resolution-mode': 'import'};

export function pointOf(node: Nodes | undefined): Point | undefined {
  const start = node?.position?.start;
  return start ? {line: start.line, column: start.column} : undefined;
}

/** How a directive is written: `:::beta`, `::classification-table`, `:beta`. */
export function written(node: Directive): string {
  const prefix = {containerDirective: ':::', leafDirective: '::', textDirective: ':'}[node.type];
  return `${prefix}${node.name}`;
}

/** A directive's attributes with a string value. */
export function stringAttributes(node: Directive): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.attributes ?? {})) {
    if (typeof value === 'string') {
      attributes[key] = value;
    }
  }
  return attributes;
}

export function checkAttributes(
  context: Context,
  subject: Subject,
  node: Directive,
  attributes: Record<string, string>,
  allowed: readonly string[],
  at: Point | undefined,
): boolean {
  let valid = true;
  const keys = Object.keys(attributes);
  if (writesProto(context, node)) {
    keys.push(PROTO);
  }
  for (const key of keys) {
    if (!allowed.includes(key)) {
      valid = false;
      context.report(unknownName('attribute', key, allowed, subject), at);
    }
  }
  return valid;
}

const PROTO = '__proto__';
const PROTO_ATTRIBUTE = new RegExp(`[{\\s]${PROTO}\\s*=`);

/**
 * Whether the directive's attributes, as written, name `__proto__`: the
 * parser stores attributes in a plain object, where that name sets nothing,
 * so the tree cannot tell; the source can.
 */
function writesProto(context: Context, node: Directive): boolean {
  const start = node.position?.start.offset;
  if (start === undefined || !context.options.source?.includes(PROTO)) {
    return false;
  }
  return PROTO_ATTRIBUTE.test(context.written(start) ?? '');
}

/** An optional kind= or level= attribute names a known one. */
export function checkKnown(
  context: Context,
  attribute: 'kind' | 'level',
  value: string | undefined,
  subject: Subject,
  at: Point | undefined,
): boolean {
  const names = attribute === 'kind' ? context.kindNames : context.levelNames;
  if (value === undefined || names.includes(value)) {
    return true;
  }
  context.report(unknownValue(attribute, value, names, subject), at);
  return false;
}

/** A leaf directive (`::classification-…`) as its form reads it: its string attributes, where it is, how messages name it. */
export interface LeafRead {
  attributes: Record<string, string>;
  at: Point | undefined;
  subject: Subject;
  /** Only attributes it accepts, and a known kind= and level= among those `known` names. */
  valid: boolean;
}

/** Reads a leaf directive's attributes and checks the ones every such form checks alike. */
export function readLeaf(context: Context, node: Directive, accepts: readonly string[], known: readonly ('kind' | 'level')[] = []): LeafRead {
  const attributes = stringAttributes(node);
  const at = pointOf(node);
  const subject = directiveSubject(written(node));
  let valid = checkAttributes(context, subject, node, attributes, accepts, at);
  for (const attribute of known) {
    valid = checkKnown(context, attribute, attributes[attribute], subject, at) && valid;
  }
  return {attributes, at, subject, valid};
}

export function checkSince(context: Context, since: string | undefined, subject: Subject, at: Point | undefined): boolean {
  if (since === undefined || isSince(since)) {
    return true;
  }
  context.report(invalidSince(since, subject), at);
  return false;
}

/** retirementProblems() reported on a page; `at(key)` places each key. */
export function checkRetirement(
  context: Context,
  level: Level,
  attributes: Record<string, string>,
  subject: Subject,
  at: (key: string) => Point | undefined,
): boolean {
  const problems = retirementProblems(context.taxonomy, level, attributes, subject);
  for (const {key, message} of problems) {
    context.report(message, at(key));
  }
  return problems.length === 0;
}

export function checkId(context: Context, id: string | undefined, name: string, at: Point | undefined): boolean {
  if (id === undefined || (ID_PATTERN.test(id) && !textFault(id))) {
    return true;
  }
  context.report(invalidId(id, name), at);
  return false;
}

export function checkTitle(context: Context, name: string, attributes: Record<string, string>, at: Point | undefined): boolean {
  if (attributes.title === undefined || !isBlank(attributes.title)) {
    return true;
  }
  context.report(emptyTitleAttribute(name), at);
  return false;
}
