/** Problems of the registry file, and of what the index finds in it. */
import {didYouMean} from '../problems';
import {ID_FAULT} from '../item';
import {DATE_PATTERN} from '../versions';
import {refAttribute, type Message, type Subject} from './shared';

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
    message: `item id ${JSON.stringify(id)} is not a valid id`,
    expected: 'a name as code writes it, on one line, with no space at either end, no space but " " and no control or invisible character, other than "__proto__" (e.g. "nxd", "fs.promises.readFile", "GET /pets/{id}")',
    suggestion: `write ${JSON.stringify(validId(id))}:`,
  };
}

/** The nearest valid id (isRegistryId): invisible characters dropped, every other ID_FAULT as " ", none at either end. */
function validId(id: string): string {
  const plain = id.replace(/\p{Cf}+/gu, '').replace(new RegExp(`(?:${ID_FAULT.source})+`, 'gu'), ' ').trim();
  return plain === '__proto__' ? 'proto' : plain || 'my-item';
}

export function severalDocuments(): Message {
  return {
    message: 'the registry holds several YAML documents',
    expected: 'one mapping of item ids to items',
    suggestion: 'remove the "---" line here, or move these items into the first document',
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

/** A title that is not one line of text: release notes, feeds and tables would carry what it breaks. */
export function titleNotOneLine(id: string, fault: string): Message {
  return {
    message: `the title of "${id}" has ${fault}`,
    expected: "one line of text: the item's name as readers see it in lists, release notes and feeds",
    suggestion: `write the title of "${id}" on one line, without control characters or escapes such as \\uD800`,
  };
}

export function cellNotAMapping(id: string, keys: readonly string[]): Message {
  return {
    message: `a level of "${id}" is not a mapping`,
    expected: `{${keys.join(', ')}}`,
    suggestion: `write "- {${keys.map((key) => `${key}: ${key === 'level' ? 'beta' : '…'}`).join(', ')}}"`,
  };
}

export function needsCells(id: string, kind: {label: string; requires: string[]}): Message {
  return {
    message: `"${id}" (${kind.label.toLowerCase()}) needs levels per ${kind.requires.join(' and ')}`,
    expected: `levels: a list of {${kind.requires.join(', ')}, level}`,
    suggestion: `write "levels:" then "- {${kind.requires.map((key) => `${key}: …`).join(', ')}, level: beta}"`,
  };
}

export function historyNotAList(id: string): Message {
  return {
    message: `the history of "${id}" is not a list of levels`,
    expected: 'history: a list of {level, since}, oldest first, at least one',
    suggestion: `write "history:" then "- {level: alpha, since: '2.15'}" under "${id}:"`,
  };
}

export function historyEntryNotAMapping(id: string): Message {
  return {
    message: `an entry of the history of "${id}" is not a mapping`,
    expected: '{level, since}',
    suggestion: 'write "- {level: alpha, since: \'2.15\'}"',
  };
}

/** History entries in the order they happened: each later in the lifecycle, and later in time, than the one before. */
export function historyOutOfOrder(id: string, earlier: {level: string; since?: string}, later: {level: string; since?: string}, by: 'level' | 'since' | 'mixed'): Message {
  const steps = `${earlier.level} since ${earlier.since} and ${later.level} since ${later.since}`;
  return {
    message: {
      level: `the history of "${id}" goes from ${earlier.level} to ${later.level}, back in the lifecycle`,
      since: `the history of "${id}" has ${later.level} since ${later.since} after ${earlier.level} since ${earlier.since}`,
      mixed: `the history of "${id}" has ${steps}: a version and a date, which no order relates`,
    }[by],
    expected: `entries oldest first, each at a later level of the lifecycle and a later version or date${by === 'mixed' ? ' (all versions, or all dates)' : ''}`,
    suggestion: {
      level: `reorder the history of "${id}" oldest first`,
      since: `check the since values of "${id}"`,
      mixed: `write every since of "${id}" as a version (2.18), or every one as a date (2024-05-01)`,
    }[by],
  };
}

/** The history's last entry is the item's current level: `level` must say the same. */
export function historyContradictsLevel(id: string, level: string, last: string): Message {
  return {
    message: `"${id}" is ${level}, but its history ends at ${last}`,
    expected: 'the last history entry at the item\'s current level',
    suggestion: `add "- {level: ${level}, since: …}" to the history of "${id}", or drop "level:" (the history's last entry gives it)`,
  };
}

export function invalidReview(review: string, subject: Subject): Message {
  return {
    message: `review "${review}" of ${subject.name} is not a date${DATE_PATTERN.test(review) ? ' that exists' : ''}`,
    expected: 'an ISO date such as 2026-06-01',
    suggestion: `write ${subject.write('review', '2026-06-01')}`,
  };
}

/** A key written twice; `first` is where the first one is (`line 3`, or a JSON pointer). */
export function duplicateKey(key: string, owner: string, first: number | string): Message {
  return {
    message: `duplicate key "${key}" in ${owner}`,
    expected: `each key once (the first "${key}" is at ${typeof first === 'number' ? `line ${first}` : first})`,
    suggestion: 'remove or rename one of them',
  };
}

export function definedTwice(id: string, first: string): Message {
  return {
    message: `item "${id}" is defined by two registry files`,
    expected: `each id in one file (the first "${id}" is at ${first})`,
    suggestion: 'remove or rename one of them',
  };
}

/** A `page` that names no doc: written in the registry, or given by a source's `pages` (`fromPages`: that folder). */
export function notADocId(page: string, id: string, docIds: readonly string[], fromPages?: string): Message {
  return {
    message: `page "${page}" of "${id}" is not a doc id`,
    expected: "the id of a doc of the site: its path in the docs folder without the extension, or its front matter's id, with a heading's name after \"#\"",
    suggestion:
      fromPages === undefined
        ? didYouMean(page, docIds)
        : `the source's pages ("${fromPages}") must be the doc id folder its generator writes into (docusaurus-plugin-typedoc's out, docusaurus-plugin-openapi-docs' outputDir, relative to the docs folder); ${didYouMean(page, docIds)}`,
  };
}

export function overdue(entry: {level: string; kind: string; title: string}, reason: string, by?: 'review' | 'age' | 'removal'): Message {
  return {
    message: `${entry.level} ${entry.kind} "${entry.title}" is overdue: ${reason}`,
    expected:
      by === 'removal'
        ? 'the item gone from the docs once it is removed: from the docs of versions at or past its removal version, from all docs after its removal date (remove it there, or move its removal)'
        : 'a review of its level (change the level, or its since/review date)',
  };
}

// Sources: TypeDoc's JSON, API Extractor's .api.json, OpenAPI, a module -----------

/** A source whose text is not what its reader takes. */
export function sourceUnreadable(what: string, detail: string, fix: string): Message {
  return {message: `not ${what}: ${detail}`, expected: what, suggestion: fix};
}

/** A module source that failed, or returned something other than items. */
export function moduleFailed(detail: string): Message {
  return {
    message: `the registry module failed: ${detail}`,
    expected: 'a default export: registry items, or a function (sync or async) given the taxonomy that returns them, as an array of {id, title, kind, level, …} or an object by id',
    suggestion: 'fix the module; its items are left out until it loads',
  };
}

/** A source item without an id (an OpenAPI operation with no operationId gets method and path; a module's item must have one). */
export function sourceItemWithoutId(what: string): Message {
  return {message: `${what} has no id`, expected: 'an "id" that is a name as code writes it', suggestion: 'give it an id'};
}

/** A marker in a source (`x-stability-level: ga`) that the source's `levels` map does not name. */
export function unmappedMarker(marker: string, id: string, mapped: readonly string[]): Message {
  return {
    message: `"${id}" is marked "${marker}", which the source's levels map does not name`,
    expected: `one of ${mapped.join(', ')}`,
    suggestion: `add it to the source's levels in the registry option, with the level it means (levels: {'${marker}': '…'}), or false to leave such items out`,
  };
}

/** A page that marks, without `ref`, an item a source defines, at another level than the source's: the docs drifted from the code. */
export function driftsFromSource(written: string, id: string, level: string, sourceLevel: string, where: string): Message {
  return {
    message: `${written} marks "${id}" ${level}, but its source says ${sourceLevel} (${where})`,
    expected: `${sourceLevel}, as the source says`,
    suggestion: `refer to the item, :::classification{${refAttribute(id)}}, to follow the source, or change its tag in the code`,
  };
}
