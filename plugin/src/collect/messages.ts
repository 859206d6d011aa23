/**
 * The catalog of problem messages: what was wrong, what was expected and a
 * fix, for pages (collect) and the registry alike. A check that pages and
 * the registry share (an unknown kind, a `since` that is no version) says
 * the same words in both, written the way each place is written.
 */
import {closest, didYouMean, type Problem} from '../problems';

/** A problem before its place is known. */
export type Message = Omit<Problem, 'place'>;

/** Where a value is written, and how an author writes a key there. */
export interface Subject {
  /** How messages name it: `:::beta`, `front matter`, `"nxd"`. */
  name: string;
  /** The key as written there: `since`, `classification_since`. */
  key(key: string): string;
  /** A key with its value as written there: `since=2.18`, `since: "2.18"`. */
  write(key: string, value: string): string;
  /** The whole thing with that key: `:::beta{kind=api}`, `kind: "api"`. */
  example(key: string, value: string): string;
}

/** A directive's attributes: `:::beta{since=2.18}`. */
export function directiveSubject(name: string): Subject {
  const write = (key: string, value: string) => (value === '…' || /\s/.test(value) ? `${key}="${value}"` : `${key}=${value}`);
  return {name, key: (key) => key, write, example: (key, value) => `${name}{${write(key, value)}}`};
}

/** YAML keys: a registry item (`since: "2.18"`) or front matter (`classification_since: "2.18"`). */
export function yamlSubject(name: string, key: (key: string) => string = (plain) => plain): Subject {
  const write = (name_: string, value: string) => `${key(name_)}: ${/^[…"]/.test(value) ? value : `"${value}"`}`;
  return {name, key, write, example: write};
}

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

// Checks that pages, front matter and the registry share ---------------------

export function unknownName(what: 'attribute' | 'key', name: string, allowed: readonly string[], subject: Subject): Message {
  return {
    message: `unknown ${what} "${name}" on ${subject.name}`,
    expected: `only ${allowed.join(', ')}`,
    suggestion: closest(name, allowed) ? didYouMean(name, allowed) : `remove ${name}`,
  };
}

export function missingValue(key: 'kind' | 'level', candidates: readonly string[], subject: Subject): Message {
  return {
    message: `${subject.name} is missing its ${key}`,
    expected: `a ${subject.key(key)}: one of ${candidates.join(', ')}`,
    suggestion: `write ${subject.example(key, candidates[0] ?? '…')}`,
  };
}

export function unknownValue(key: 'kind' | 'level', value: unknown, candidates: readonly string[], subject: Subject): Message {
  return {
    message: `unknown ${key} ${show(value)} in ${subject.name}`,
    expected: `one of ${candidates.join(', ')}`,
    suggestion:
      typeof value === 'string' ? didYouMean(value, candidates) : `write a ${key} name, e.g. ${subject.write(key, candidates[0] ?? '…')}`,
  };
}

export function invalidSince(since: string, subject: Subject): Message {
  return {
    message: `${subject.key('since')} "${since}" in ${subject.name} is neither a version nor a date`,
    expected: 'a version such as 2.18 or v2.18.0, or an ISO date such as 2024-05-01',
    suggestion: `write ${subject.write('since', '2.18')}`,
  };
}

export function notText(key: string, value: unknown, subject: Subject): Message {
  return {
    message: `${subject.key(key)} in ${subject.name} must be text, got ${show(value)}`,
    expected: 'a string',
    suggestion: `write ${subject.write(key, '"…"')} on one line`,
  };
}

/** `subject` names the item with its kind: `:::beta{kind=model}`. */
export function missingScope(kind: {label: string; requires: string[]}, missing: string[], subject: Subject): Message {
  return {
    message: `${subject.name} is missing ${missing.map((key) => subject.key(key)).join(' and ')}`,
    expected: `${kind.requires.map((key) => subject.write(key, '…')).join(' ')} on every ${kind.label.toLowerCase()}`,
    suggestion: `add ${missing.map((key) => subject.write(key, '…')).join(' ')}`,
  };
}

// Pages ------------------------------------------------------------------------

export function needsRef(name: string, example: string, badge: boolean): Message {
  return badge
    ? {
        message: `${name} needs ref=…`,
        expected: 'the id of a registry item, whose current level it shows',
        suggestion: `write ${name}[Item name]{ref=my-item}`,
      }
    : {
        message: `${name} needs ref=…`,
        expected: 'the id of a registry item, whose level and kind it takes',
        suggestion: `write ${name}{ref=my-item}, or a level such as ${example}{kind=…}`,
      };
}

export function emptyTitleAttribute(name: string): Message {
  return {
    message: `${name} has an empty title attribute`,
    expected: 'the item name in title="…"',
    suggestion: 'write title="Item name" or remove it',
  };
}

export function emptyLabel(name: string): Message {
  return {
    message: `${name}[] has an empty label`,
    expected: 'the item name between the brackets',
    suggestion: `write ${name}[Item name]{…} or drop the brackets to use the heading above`,
  };
}

export function invalidId(id: string, name: string): Message {
  return {
    message: `id "${id}" in ${name} is not a valid anchor`,
    expected: 'an id without spaces or "#"',
    suggestion: `write #${id.trim().replace(/[\s#]+/g, '-') || 'my-id'}`,
  };
}

export function duplicateId(id: string, line: number): Message {
  return {
    message: `duplicate id "${id}"`,
    expected: `ids unique within the page ("${id}" is already used at line ${line})`,
    suggestion: `rename one, e.g. "${id}-2"`,
  };
}

export function idOfHeading(id: string, line: number | undefined): Message {
  return {
    message: `id "${id}" is already the id of a heading${line === undefined ? '' : ` (line ${line})`}`,
    expected: 'ids unique within the page',
    suggestion: `choose another id, e.g. "${id}-item"`,
  };
}

export function secondHeadingClassification(name: string): Message {
  return {
    message: `a heading can carry one classification, found another ${name}`,
    expected: 'one level directive per heading',
    suggestion: 'remove one of them',
  };
}

export function headingIdShorthand(name: string, id: string): Message {
  return {
    message: `${name}{#…} in a heading: Docusaurus reads "{#" in a heading as a heading id`,
    expected: `the id as an attribute, ${name}{id=${id} kind=…}, or as a heading id at the end`,
    suggestion: `write "${name}{kind=…} {#${id}}"`,
  };
}

export function untitledHeading(name: string): Message {
  return {
    message: `the heading with ${name} has no text`,
    expected: 'a heading such as "## torch_neuron.trace :beta{kind=api}"',
    suggestion: 'write the item name before the directive',
  };
}

export function neverClosed(name: string, endLine: number): Message {
  return {
    message: `${name} is never closed, so it runs to line ${endLine}`,
    expected: `a line with ":::" after the item's body`,
    suggestion: 'add ":::" where the item ends; when nesting, close the outer one with "::::"',
  };
}

export function badgeWithLabel(name: string, level: string, label: string): Message {
  return {
    message: `the inline badge ${name} takes no label`,
    expected: `${name} alone, or ${name}{kind=…} at the end of a heading to classify it`,
    suggestion: `use :::${level}[${label}]{kind=…} to classify an item`,
  };
}

export function notAForm(name: string, directive: string): Message {
  return {
    message: `${name} is not a classification form`,
    expected: `:::${directive}[Title]{kind=…} … ::: for an item, or :${directive} for an inline badge`,
    suggestion: `write :::${directive} with three colons`,
  };
}

export function needsTwoColons(name: string, directive: string): Message {
  return {
    message: `${name} must be written with two colons`,
    expected: `::${directive}{…} on a line of its own`,
    suggestion: `write ::${directive}`,
  };
}

export function unknownFrontMatterKey(key: string, known: readonly string[]): Message {
  return {
    message: `unknown front matter key "${key}"`,
    expected: `one of ${known.join(', ')}`,
    suggestion: didYouMean(key, known),
  };
}

export function kindWithoutLevel(kindKey: string, levelKey: string, levels: readonly string[]): Message {
  return {
    message: `${kindKey} is set but ${levelKey} is not`,
    expected: `${levelKey}: one of ${levels.join(', ')}`,
    suggestion: `add "${levelKey}: ${levels[0]}" or remove ${kindKey}`,
  };
}

// Mentions of the registry ---------------------------------------------------

export function noRegistry(name: string, ref: string): Message {
  return {
    message: `${name}{ref=${ref}} refers to the registry, but the site has none`,
    expected: 'the plugin option registry, e.g. registry: "classification.yml"',
    suggestion: 'set the registry option, or write the level and kind here instead',
  };
}

export function unknownRef(ref: string, name: string, file: string, ids: readonly string[]): Message {
  return {
    message: `unknown ref "${ref}" in ${name}`,
    expected: `an item id of ${file}`,
    suggestion: didYouMean(ref, ids),
  };
}

export function kindContradictsRegistry(name: string, given: string, ref: string, kind: string, where: string): Message {
  return {
    message: `${name} says kind=${given}, but "${ref}" is ${kind} in the registry (${where})`,
    expected: 'the kind of the registry',
    suggestion: 'remove kind= here: the registry gives it',
  };
}

export function noCell(ref: string, scope: string, cells: string, where: string): Message {
  return {
    message: `"${ref}" has no level for ${scope} in the registry (${where})`,
    expected: `framework and workload of a declared level: ${cells}`,
    suggestion: 'add framework="…" workload="…" matching the registry, or add that level to the registry',
  };
}

export function levelContradictsRegistry(name: string, ref: string, level: string, follow: string, where: string): Message {
  return {
    message: `${name} contradicts the registry: "${ref}" is ${level} (${where})`,
    expected: `${level}, as the registry says`,
    suggestion: `write ${follow}{ref=${ref}} to follow the registry, or change the level there`,
  };
}

// The registry file ------------------------------------------------------------

export function registrySyntax(format: 'JSON' | 'YAML', error: string): Message {
  return {
    message: `${format} syntax error: ${error}`,
    expected: 'a mapping of item ids to items',
    suggestion: 'fix the syntax at this place',
  };
}

export function registryNotAMapping(): Message {
  return {
    message: 'the registry is not a mapping',
    expected: 'item ids as keys, e.g. "nxd:" followed by the item\'s title, kind and level',
    suggestion: 'write "my-item:" then indented "title:", "kind:" and "level:"',
  };
}

export function invalidItemId(id: string): Message {
  return {
    message: `item id "${id}" is not a valid id`,
    expected: 'letters, digits, "-" and "_", starting with a letter or digit',
    suggestion: `write ${id.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+/, '') || 'my-item'}:`,
  };
}

export function itemNotAMapping(id: string): Message {
  return {
    message: `item "${id}" is not a mapping`,
    expected: 'title, kind and level under the id',
    suggestion: `indent "title:", "kind:" and "level:" under "${id}:"`,
  };
}

export function noTitle(id: string): Message {
  return {message: `"${id}" has no title`, expected: "title: the item's name", suggestion: `add "title: …" under "${id}:"`};
}

export function cellNotAMapping(id: string, keys: readonly string[]): Message {
  return {
    message: `a level of "${id}" is not a mapping`,
    expected: `{${keys.join(', ')}}`,
    suggestion: 'write "- {framework: …, workload: …, level: beta}"',
  };
}

export function needsCells(id: string, kind: {label: string; requires: string[]}): Message {
  return {
    message: `"${id}" (${kind.label.toLowerCase()}) needs levels per ${kind.requires.join(' and ')}`,
    expected: `levels: a list of {${kind.requires.join(', ')}, level}`,
    suggestion: `write "levels:" then "- {${kind.requires.map((key) => `${key}: …`).join(', ')}, level: beta}"`,
  };
}

export function invalidReview(review: string, subject: Subject): Message {
  return {
    message: `review "${review}" of ${subject.name} is not a date`,
    expected: 'an ISO date such as 2026-06-01',
    suggestion: `write ${subject.write('review', '2026-06-01')}`,
  };
}
