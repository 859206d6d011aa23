/** Checks of attribute values shared by the forms: each reports what it finds and says whether all was well. */
import {ID_PATTERN, isSince} from '../vocabulary';
import {emptyTitleAttribute, invalidId, invalidSince, notRetired, unknownName, unknownValue, type Message, type Subject} from './messages';
import type {Point} from '../problems';
import type {Level, Taxonomy} from '../taxonomy';
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

export function checkSince(context: Context, since: string | undefined, subject: Subject, at: Point | undefined): boolean {
  if (since === undefined || isSince(since)) {
    return true;
  }
  context.report(invalidSince(since, subject), at);
  return false;
}

/**
 * `removal` and `replacement` belong to retired levels (deprecated…), and
 * `removal` is a version or a date: the problems, each with the key it is
 * about. Pages and the registry both check items with it.
 */
export function retirementProblems(
  taxonomy: Taxonomy,
  level: Level | undefined,
  details: {removal?: string; replacement?: string},
  subject: Subject,
): {key: 'removal' | 'replacement'; message: Message}[] {
  const problems: {key: 'removal' | 'replacement'; message: Message}[] = [];
  for (const key of ['removal', 'replacement'] as const) {
    if (details[key] !== undefined && level && level.phase !== 'retired') {
      const retired = taxonomy.levels.filter((other) => other.phase === 'retired').map((other) => other.id);
      problems.push({key, message: notRetired(key, level.id, retired, subject)});
    }
  }
  if (details.removal !== undefined && !isSince(details.removal)) {
    problems.push({key: 'removal', message: invalidSince(details.removal, subject, 'removal')});
  }
  return problems;
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
  if (id === undefined || ID_PATTERN.test(id)) {
    return true;
  }
  context.report(invalidId(id, name), at);
  return false;
}

export function checkTitle(context: Context, name: string, attributes: Record<string, string>, at: Point | undefined): boolean {
  if (attributes.title === undefined || attributes.title.trim()) {
    return true;
  }
  context.report(emptyTitleAttribute(name), at);
  return false;
}
