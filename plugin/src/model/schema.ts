/**
 * The item schema: every field of an item once, with where an author writes
 * it (directive attribute, front matter key, registry key), whether the
 * outputs carry it and how the components show it. The readers' checks, the
 * index entries, classification.json, the CLI's columns and the components'
 * props are made from this table; `satisfies` keeps it to exactly the
 * fields of `IndexEntry`, and tests hold the theme's props against it. Its
 * order is classification.json's.
 *
 * A `scope` field is a record: one value per key the item's kind `requires`
 * (a model class's framework and workload), each key written as its own
 * attribute (`framework=…`), front matter key (`classification_framework`),
 * registry cell key and JSON key.
 */
import {frontMatterKey} from './names';
import type {IndexEntry} from './item';

/** The directive forms an item is written in (the page form is front matter, the registry its own file). */
export const DIRECTIVE_FORMS = ['container', 'heading', 'statement', 'badge'] as const;
export type DirectiveForm = (typeof DIRECTIVE_FORMS)[number];

export interface FieldSpec {
  /** Written by an author (`item`), where the item is (`page`), or worked out by the build (`site`). */
  from: 'item' | 'page' | 'site';
  /** What it holds; a `scope` is written key by key (see above). */
  type: 'text' | 'id' | 'level' | 'kind' | 'version' | 'date' | 'form' | 'history' | 'scope';
  /** The directive forms that take it as an attribute (`#id` is `id`). */
  attribute?: readonly DirectiveForm[];
  /** Read from the front matter of a page item, as `frontMatterKey(name)`. */
  frontMatter?: boolean;
  /** Copied as written from attributes, front matter and the registry (the forms decide id and title; kind and level are checked against the taxonomy). */
  verbatim?: true;
  /** Its key in a registry item (`levels` for a scope: cells). */
  registry?: string;
  /** Left out of classification.json and `--format json`. (default: carried) */
  internal?: boolean;
  /** Its column in the CLI's listing (1 first): the table's header and the Markdown one (the title's cell links to the item). */
  cli?: {column: number; table: string; markdown?: string};
  /** The item components' prop that shows it (ClassificationCallout, Banner, Statement). */
  prop?: string;
}

const ITEM_DIRECTIVES = DIRECTIVE_FORMS;
/** Attributes a statement has no room for: a retired statement is a callout. */
const BOXED: readonly DirectiveForm[] = ['container', 'heading'];
/** The forms that are items (a badge only shows a level). */
const ITEMS: readonly DirectiveForm[] = ['container', 'heading', 'statement'];

export const ENTRY_FIELDS = {
  id: {from: 'item', type: 'id', attribute: ITEMS, frontMatter: true, prop: 'id'},
  title: {from: 'item', type: 'text', attribute: ['container'], registry: 'title', cli: {column: 3, table: 'TITLE', markdown: 'Item'}, prop: 'title'},
  kind: {from: 'item', type: 'kind', attribute: ITEM_DIRECTIVES, frontMatter: true, registry: 'kind', cli: {column: 2, table: 'KIND', markdown: 'Kind'}, prop: 'kind'},
  level: {from: 'item', type: 'level', frontMatter: true, registry: 'level', cli: {column: 1, table: 'LEVEL', markdown: 'Level'}, prop: 'level'},
  since: {from: 'item', verbatim: true, type: 'version', attribute: ITEM_DIRECTIVES, frontMatter: true, registry: 'since', cli: {column: 5, table: 'SINCE', markdown: 'Since'}, prop: 'since'},
  removal: {from: 'item', verbatim: true, type: 'version', attribute: BOXED, frontMatter: true, registry: 'removal'},
  replacement: {from: 'item', verbatim: true, type: 'text', attribute: BOXED, frontMatter: true, registry: 'replacement'},
  scope: {from: 'item', type: 'scope', attribute: ITEM_DIRECTIVES, frontMatter: true, registry: 'levels', cli: {column: 4, table: 'SCOPE', markdown: 'Scope'}, prop: 'scope'},
  ref: {from: 'item', verbatim: true, type: 'id', attribute: ITEM_DIRECTIVES, frontMatter: true},
  history: {from: 'item', type: 'history', registry: 'history', prop: 'earlier'},
  review: {from: 'item', type: 'date', registry: 'review'},
  description: {from: 'item', type: 'text', registry: 'description'},
  form: {from: 'item', type: 'form'},
  permalink: {from: 'page', type: 'text'},
  anchor: {from: 'page', type: 'text', cli: {column: 6, table: 'LINK'}},
  source: {from: 'page', type: 'text'},
  page: {from: 'page', type: 'text'},
  version: {from: 'page', type: 'text'},
  docId: {from: 'page', type: 'text', registry: 'page'},
  stale: {from: 'site', type: 'text'},
  staleBy: {from: 'site', type: 'text'},
  newIn: {from: 'site', type: 'text'},
} as const satisfies {[K in keyof IndexEntry]-?: FieldSpec};

export type EntryField = keyof typeof ENTRY_FIELDS;

const FIELD_NAMES = /* @__PURE__ */ Object.keys(ENTRY_FIELDS) as EntryField[];

/** A field's spec, whatever literal type the table gives it. */
export function fieldSpec(field: EntryField): FieldSpec {
  return ENTRY_FIELDS[field];
}

/** The fields that satisfy `test`, in the table's order. */
export function fieldsWhere(test: (spec: FieldSpec) => boolean): EntryField[] {
  return FIELD_NAMES.filter((field) => test(fieldSpec(field)));
}

/**
 * The attributes a directive form accepts: the fields written there (a
 * scope as its kind's keys: `requires`, or every kind's when the kind is not
 * known yet), and `class`, which goes to the rendered element.
 */
export function attributesOf(form: DirectiveForm, scopeKeys: readonly string[]): string[] {
  const fields = fieldsWhere((spec) => spec.attribute?.includes(form) === true).flatMap((field) =>
    fieldSpec(field).type === 'scope' ? scopeKeys : [field],
  );
  // As `{#id .class …}` reads: the id, the class, then the rest.
  const id = fields.includes('id') ? ['id'] : [];
  return [...id, 'class', ...fields.filter((field) => field !== 'id')];
}

/** The fields the CLI lists, in its columns' order. */
export function cliColumns(): {field: EntryField; table: string; markdown?: string}[] {
  return fieldsWhere((spec) => spec.cli !== undefined)
    .map((field) => ({field, ...fieldSpec(field).cli!}))
    .sort((a, b) => a.column - b.column);
}

/** The front matter keys of a page item, with the scope keys of the site's kinds; the level's, which makes the item, first. */
export function frontMatterFields(scopeKeys: readonly string[]): {field: EntryField | 'scope'; key: string; scopeKey?: string}[] {
  const isLevel = (field: EntryField) => fieldSpec(field).type === 'level';
  const fields = fieldsWhere((spec) => spec.frontMatter === true);
  return [...fields.filter(isLevel), ...fields.filter((field) => !isLevel(field))].flatMap((field) =>
    fieldSpec(field).type === 'scope'
      ? scopeKeys.map((scopeKey) => ({field, key: frontMatterKey(scopeKey), scopeKey}))
      : [{field, key: frontMatterKey(field)}],
  );
}

/**
 * The fields an author writes as plain text, copied as written: `since`,
 * `removal`, `replacement`, `ref`. The others are decided by the forms (id,
 * title), checked against the taxonomy (kind, level) or a record (scope).
 */
export function verbatimFields(): EntryField[] {
  return fieldsWhere((spec) => spec.verbatim === true);
}

/** The keys of a registry item: its fields' keys, `levels` for a scope. */
export function registryKeys(): string[] {
  return fieldsWhere((spec) => spec.registry !== undefined).map((field) => fieldSpec(field).registry!);
}

/** Names a kind's `requires` may not take: a scope key is written beside the fields, and must not be one. */
export const FIELD_KEYWORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([...FIELD_NAMES, 'class', 'ref', 'levels', 'page']);

/**
 * An entry as classification.json and `--format json` write it: every field
 * but the internal ones, a scope's keys beside the others
 * (`"framework": "PyTorch"`), as the DESIGN's contract names them.
 */
export function jsonEntry(entry: IndexEntry): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const field of FIELD_NAMES) {
    const value = entry[field];
    if (value === undefined || fieldSpec(field).internal) {
      continue;
    }
    if (fieldSpec(field).type === 'scope') {
      Object.assign(json, value);
    } else {
      json[field] = value;
    }
  }
  return json;
}

/**
 * An item as the page declares it, as its index entry's item fields: the
 * fields an author writes, copied when set (a page adds where it is).
 */
export function itemFieldsOf<T extends Partial<Record<EntryField, unknown>>>(item: T): Partial<IndexEntry> {
  const fields: Record<string, unknown> = {};
  for (const field of fieldsWhere((spec) => spec.from === 'item')) {
    const value = item[field];
    if (value !== undefined && !(fieldSpec(field).type === 'scope' && Object.keys(value as object).length === 0)) {
      fields[field] = value;
    }
  }
  return fields as Partial<IndexEntry>;
}
