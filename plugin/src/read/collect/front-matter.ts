/** Front matter `classification: beta` (or `classification_ref: …`): the whole page is the item. */
import {kindWithoutLevel, missingScope, missingValue, notText, unknownFrontMatterKey, unknownValue, yamlSubject} from '../../model/messages';
import {frontMatterKey, hasOwnKey, OWN_PREFIX} from '../../model/names';
import {frontMatterFields} from '../../model/schema';
import {findKind, findLevel, type Kind, type Level} from '../../model/taxonomy';
import {makeItem, registryDetails, type ReadItem} from './item';
import {resolveRef} from './refs';
import {checkId, checkRetirement, checkSince, pointOf} from './validate';
import type {Esm} from '../../upstream/esm';
import type {Point} from '../../model/problems';
import type {Context} from './context';
import type {CollectedItem} from './types';
import type {Root} from 'mdast' with {'resolution-mode': 'import'};

const LEVEL = frontMatterKey('level');
const KIND = frontMatterKey('kind');
const REF = frontMatterKey('ref');
const subject = (name: string) => yamlSubject(name, frontMatterKey);

/** The page's item, with its explicit id. */
export interface PageItem {
  collected: CollectedItem;
  explicitId?: string;
}

/** Where the front matter's keys are, and how each value was written. */
interface FrontMatter {
  values: Record<string, unknown>;
  place(key: string): Point | undefined;
  /** A value as the author wrote it: `classification_since: 2.10` is "2.10", not the number 2.1. */
  text(key: string, value: unknown): string;
}

/** The page item, or undefined (no key of ours, or a problem reported). */
export function pageItemOf(context: Context, tree: Root): PageItem | undefined {
  const values = context.options.frontMatter;
  if (!hasOwnKey(values)) {
    return undefined; // most pages: no key of ours, nothing to check
  }
  const frontMatter: FrontMatter = {values, place: frontMatterPlaces(tree), text: (key, value) => writtenValue(tree, key, value)};
  if (!knownKeys(context, frontMatter)) {
    return undefined; // a misspelt key is most likely the one the next checks would miss
  }
  const refValue = values[REF];
  if (refValue !== undefined && refValue !== null) {
    return refPageItem(context, frontMatter.text(REF, refValue), tree, frontMatter);
  }
  const decided = levelAndKind(context, frontMatter);
  if (!decided) {
    return undefined;
  }
  const {level, kind} = decided;
  const {attributes, valid: allText} = textFields(context, frontMatter, kind);
  let valid = allText;
  const missing = kind.requires.filter((required) => !attributes[required]);
  if (missing.length > 0) {
    valid = false;
    context.report(missingScope(kind, missing, subject(`front matter ${KIND}: ${kind.id}`)), frontMatter.place(KIND));
  }
  valid = checkSince(context, attributes.since, subject('front matter'), frontMatter.place(frontMatterKey('since'))) && valid;
  valid = checkRetirement(context, level, attributes, subject('front matter'), (key) => frontMatter.place(frontMatterKey(key))) && valid;
  valid = checkId(context, attributes.id, `front matter ${frontMatterKey('id')}`, frontMatter.place(frontMatterKey('id'))) && valid;
  return valid ? pageItem(attributes.id, {level, kind, attributes}, tree, frontMatter.place(LEVEL)) : undefined;
}

/** Every key of ours is one the schema knows; each other one is reported. */
function knownKeys(context: Context, frontMatter: FrontMatter): boolean {
  const known = frontMatterFields(context.scopeKeys).map((entry) => entry.key);
  let valid = true;
  for (const key of Object.keys(frontMatter.values)) {
    if (key.startsWith(OWN_PREFIX) && !known.includes(key)) {
      valid = false;
      context.report(unknownFrontMatterKey(key, known), frontMatter.place(key));
    }
  }
  return valid;
}

/** `classification:` and `classification_kind:`, checked; undefined when either is missing or wrong (reported). */
function levelAndKind(context: Context, {values, place}: FrontMatter): {level: Level; kind: Kind} | undefined {
  const {levelNames, kindNames, taxonomy} = context;
  const [levelValue, kindValue] = [values[LEVEL], values[KIND]];
  if (levelValue === undefined || levelValue === null) {
    if (kindValue !== undefined) {
      context.report(kindWithoutLevel(KIND, LEVEL, levelNames), place(KIND));
    }
    return undefined;
  }
  const level = typeof levelValue === 'string' ? findLevel(taxonomy, levelValue) : undefined;
  if (!level) {
    context.report(unknownValue('level', levelValue, levelNames, subject(`front matter ${LEVEL}`)), place(LEVEL));
    return undefined;
  }
  const kind = typeof kindValue === 'string' ? findKind(taxonomy, kindValue) : undefined;
  if (!kind) {
    context.report(
      kindValue === undefined
        ? missingValue('kind', kindNames, subject(`front matter ${LEVEL}: ${level.id}`))
        : unknownValue('kind', kindValue, kindNames, subject(`front matter ${KIND}`)),
      place(kindValue === undefined ? LEVEL : KIND),
    );
    return undefined;
  }
  return {level, kind};
}

/**
 * The values of the schema's front matter fields (the scope's keys of
 * `kind`, or of every kind without one), as attributes by field name, and
 * whether each was text (those that are not are reported and left out).
 * `except` are read elsewhere.
 */
function textFields(
  context: Context,
  {values, place, text}: FrontMatter,
  kind: Kind | undefined,
  except: readonly string[] = ['level', 'kind', 'ref'],
): {attributes: Record<string, string>; valid: boolean} {
  const attributes: Record<string, string> = {};
  let valid = true;
  for (const {field, key, scopeKey} of frontMatterFields(kind?.requires ?? context.scopeKeys)) {
    const value = values[key];
    if (value === undefined || except.includes(field)) {
      continue;
    }
    const name = scopeKey ?? field;
    if (typeof value !== 'string' && typeof value !== 'number') {
      valid = false;
      context.report(notText(name, value, subject('front matter')), place(key));
      continue;
    }
    attributes[name] = text(key, value);
  }
  return {attributes, valid};
}

/** A page classified by `classification_ref:` in its front matter. */
function refPageItem(context: Context, refId: string, tree: Root, frontMatter: FrontMatter): PageItem | undefined {
  const at = frontMatter.place(REF);
  const levelValue = frontMatter.values[LEVEL];
  const named = typeof levelValue === 'string' ? findLevel(context.taxonomy, levelValue) : undefined;
  const attributes: Record<string, string> = {...textFields(context, frontMatter, undefined, ['level', 'ref']).attributes, ref: refId};
  const resolved = resolveRef(context, {name: `front matter ${REF}`, attributes, at: at ?? {line: 1, column: 1}, named});
  if (!resolved) {
    return undefined;
  }
  const merged = {...registryDetails(resolved.ref), ...attributes};
  if (!checkRetirement(context, resolved.level, merged, subject('front matter'), (key) => frontMatter.place(frontMatterKey(key)) ?? at)) {
    return undefined;
  }
  return pageItem(attributes.id, {...resolved, attributes: merged}, tree, at);
}

function pageItem(explicitId: string | undefined, read: ReadItem, tree: Root, at: Point | undefined): PageItem {
  const item = makeItem(explicitId ?? '', '', 'page', read, tree);
  item.line = at?.line ?? 1;
  item.column = at?.column ?? 1;
  return {explicitId, collected: {form: 'page', node: tree, item, level: read.level, kind: read.kind}};
}

/**
 * A front matter value as the author wrote it: the front matter parser makes
 * `classification_since: 2.10` the number 2.1, but versions are text.
 */
function writtenValue(tree: Root, key: string, value: unknown): string {
  if (typeof value === 'number') {
    const yaml = tree.children.find((node) => node.type === 'yaml');
    // Loaded here, for the rare number: the YAML parser takes longer to load than a page to read.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const {isScalar, parseDocument} = require('yaml') as typeof import('yaml');
    const scalar = yaml && parseDocument(yaml.value).get(key, true);
    if (isScalar(scalar) && typeof scalar.source === 'string') {
      return scalar.source;
    }
  }
  return String(value);
}

/** Where a front matter key is written: its line, else the front matter's start. */
function frontMatterPlaces(tree: Root): (key: string) => Point | undefined {
  const yaml = tree.children.find((node) => node.type === 'yaml');
  const lines = yaml?.value.split('\n') ?? [];
  return (key) => {
    if (!yaml?.position) {
      return undefined;
    }
    const index = lines.findIndex((line) => line.startsWith(`${key}:`));
    return index < 0 ? pointOf(yaml) : {line: yaml.position.start.line + 1 + index, column: 1};
  };
}

/** Title as Docusaurus gives it: front matter title, else the first h1. */
export function pageTitle(tree: Root, frontMatter: Record<string, unknown>, esm: Esm, fallback: string | undefined): string {
  if (typeof frontMatter.title === 'string' && frontMatter.title.trim()) {
    return frontMatter.title.trim();
  }
  for (const node of tree.children) {
    if (node.type === 'heading') {
      return node.depth === 1 ? esm.toString(node) : fallback ?? '';
    }
    if (node.type === 'thematicBreak') {
      break;
    }
  }
  return fallback ?? '';
}

/** Where a page item's banner goes: after front matter, imports and the h1 title. */
export function bannerIndex(tree: Root): number {
  let index = 0;
  while (tree.children[index]?.type === 'yaml' || tree.children[index]?.type === 'mdxjsEsm') {
    index += 1;
  }
  const first = tree.children[index];
  return first?.type === 'heading' && first.depth === 1 ? index + 1 : index;
}
