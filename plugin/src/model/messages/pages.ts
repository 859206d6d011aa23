/** Problems of the forms written in pages. */
import {didYouMean} from '../problems';
import {refAttribute, type Message, type Subject} from './shared';

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

export function unreadablePage(format: 'md' | 'mdx', reason: string): Message {
  return {
    message: `the page cannot be read as ${format === 'mdx' ? 'MDX' : 'Markdown'}: ${reason}`,
    expected: 'a page Docusaurus can compile; until it is, its items are missing from the index',
    suggestion: 'fix the syntax at this place',
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
    expected: 'an id without spaces, "#" or control characters',
    suggestion: `write #${id.trim().replace(/[\s#\u0000-\u001f\u007f-\u009f\ufffe\uffff\ud800-\udfff]+/g, '-') || 'my-id'}`,
  };
}

export function docusaurusId(id: string): Message {
  return {
    message: `id "${id}" is the id of an element Docusaurus puts on every page`,
    expected: 'an id Docusaurus does not use',
    suggestion: `write #${id.replace(/^_+/, '') || 'my-id'}`,
  };
}

export function idTwiceOnPage(id: string, line: number): Message {
  return {
    message: `id "${id}" is on this page twice (line ${line} and here), one of them from a partial it renders`,
    expected: 'ids unique on the page, partials included: the index links to one of them',
    suggestion: `give one its own id, e.g. {#${id}-2}, or render the partial once`,
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
    message: `${name}{${refAttribute(ref)}} refers to the registry, but the site has none`,
    expected: 'the plugin option registry, e.g. registry: "classification.yml"',
    suggestion: 'set the registry option, or write the level and kind here instead',
  };
}

export function unknownRef(ref: string, name: string, files: readonly string[], ids: readonly string[]): Message {
  const registry = files.join(', ');
  return {
    message: `unknown ref "${ref}" in ${name}`,
    expected: ids.length > 0 ? `an item id of ${registry}` : `an item id of ${registry}, which ${files.length > 1 ? 'define' : 'defines'} none`,
    suggestion: ids.length > 0 ? didYouMean(ref, ids) : `define "${ref}" in ${files.length > 1 ? `one of ${registry}` : registry}`,
  };
}

export function kindContradictsRegistry(name: string, given: string, ref: string, kind: string, where: string): Message {
  return {
    message: `${name} says kind=${given}, but "${ref}" is ${kind} in the registry (${where})`,
    expected: 'the kind of the registry',
    suggestion: 'remove kind= here: the registry gives it',
  };
}

export function noCell(ref: string, scope: string, cells: string, where: string, keys: readonly string[], subject: Subject): Message {
  return {
    message: `"${ref}" has no level for ${scope} in the registry (${where})`,
    expected: `${keys.join(' and ')} of a declared level: ${cells}`,
    suggestion: `add ${subject.writeAll(keys)} matching the registry, or add that level to the registry`,
  };
}

export function levelContradictsRegistry(name: string, ref: string, level: string, follow: string, where: string): Message {
  return {
    message: `${name} contradicts the registry: "${ref}" is ${level} (${where})`,
    expected: `${level}, as the registry says`,
    suggestion: `write ${follow}{${refAttribute(ref)}} to follow the registry, or change the level there`,
  };
}

