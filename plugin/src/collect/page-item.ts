/** Front matter `classification: beta` (or `classification_ref: …`): the whole page is the item. */
import {isScalar, parseDocument} from 'yaml';
import {findKind, findLevel} from '../taxonomy';
import {FRONT_MATTER, frontMatterKey, hasOwnKey} from '../vocabulary';
import {kindWithoutLevel, missingScope, missingValue, notText, unknownFrontMatterKey, unknownValue, yamlSubject} from './messages';
import {makeItem, registryDetails, type ReadItem} from './item';
import {resolveRef} from './refs';
import {checkId, checkRetirement, checkSince, pointOf} from './validate';
import type {Esm} from '../esm';
import type {Point} from '../problems';
import type {Context} from './context';
import type {CollectedItem} from './types';
import type {Root} from 'mdast' with {'resolution-mode': 'import'};

/** Front matter keys as an item's attributes: `level` is `classification`, the others `classification_<key>`. */
const keyOf = (key: string): string => (key === 'level' ? FRONT_MATTER.level : frontMatterKey(key));
const subject = (name: string) => yamlSubject(name, keyOf);

/** The page item, with its explicit id, or undefined (no key of ours, or a problem reported). */
export function pageItemOf(context: Context, tree: Root): {collected: CollectedItem; explicitId?: string} | undefined {
  const {frontMatter, taxonomy} = context.options;
  if (!hasOwnKey(frontMatter)) {
    return undefined; // most pages: no key of ours, nothing to check
  }
  const keyPlace = frontMatterPlaces(tree);
  const {levelNames, kindNames} = context;
  const known = [...Object.values(FRONT_MATTER), ...new Set(taxonomy.kinds.flatMap((kind) => kind.requires.map(frontMatterKey)))];
  let valid = true;
  for (const key of Object.keys(frontMatter)) {
    if (key.startsWith(FRONT_MATTER.level) && !known.includes(key)) {
      valid = false;
      context.report(unknownFrontMatterKey(key, known), keyPlace(key));
    }
  }
  if (!valid) {
    return undefined; // a misspelt key is most likely the one the next checks would miss
  }
  const refValue = frontMatter[FRONT_MATTER.ref];
  if (refValue !== undefined && refValue !== null) {
    return refPageItem(context, writtenValue(tree, FRONT_MATTER.ref, refValue), tree, keyPlace);
  }
  const levelValue = frontMatter[FRONT_MATTER.level];
  const kindValue = frontMatter[FRONT_MATTER.kind];
  if (levelValue === undefined || levelValue === null) {
    if (kindValue !== undefined) {
      context.report(kindWithoutLevel(FRONT_MATTER.kind, FRONT_MATTER.level, levelNames), keyPlace(FRONT_MATTER.kind));
    }
    return undefined;
  }
  const level = typeof levelValue === 'string' ? findLevel(taxonomy, levelValue) : undefined;
  if (!level) {
    context.report(unknownValue('level', levelValue, levelNames, subject(`front matter ${FRONT_MATTER.level}`)), keyPlace(FRONT_MATTER.level));
    return undefined;
  }
  const kind = typeof kindValue === 'string' ? findKind(taxonomy, kindValue) : undefined;
  if (!kind) {
    context.report(
      kindValue === undefined
        ? missingValue('kind', kindNames, subject(`front matter ${FRONT_MATTER.level}: ${level.id}`))
        : unknownValue('kind', kindValue, kindNames, subject(`front matter ${FRONT_MATTER.kind}`)),
      keyPlace(kindValue === undefined ? FRONT_MATTER.level : FRONT_MATTER.kind),
    );
    return undefined;
  }
  const attributes: Record<string, string> = {};
  for (const key of ['id', 'since', 'removal', 'replacement', ...kind.requires]) {
    const value = frontMatter[frontMatterKey(key)];
    if (value === undefined) {
      continue;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      valid = false;
      context.report(notText(key, value, subject('front matter')), keyPlace(frontMatterKey(key)));
      continue;
    }
    attributes[key] = writtenValue(tree, frontMatterKey(key), value);
  }
  const missing = kind.requires.filter((required) => !attributes[required]);
  if (missing.length > 0) {
    valid = false;
    context.report(missingScope(kind, missing, subject(`front matter ${FRONT_MATTER.kind}: ${kind.id}`)), keyPlace(FRONT_MATTER.kind));
  }
  valid = checkSince(context, attributes.since, subject('front matter'), keyPlace(FRONT_MATTER.since)) && valid;
  valid = checkRetirement(context, level, attributes, subject('front matter'), (key) => keyPlace(frontMatterKey(key))) && valid;
  valid = checkId(context, attributes.id, `front matter ${FRONT_MATTER.id}`, keyPlace(FRONT_MATTER.id)) && valid;
  if (!valid) {
    return undefined;
  }
  return pageItem(attributes.id, {level, kind, attributes}, tree, keyPlace(FRONT_MATTER.level));
}

/** A page classified by `classification_ref:` in its front matter. */
function refPageItem(
  context: Context,
  refId: string,
  tree: Root,
  keyPlace: (key: string) => Point | undefined,
): {collected: CollectedItem; explicitId?: string} | undefined {
  const {frontMatter, taxonomy} = context.options;
  const at = keyPlace(FRONT_MATTER.ref);
  const levelValue = frontMatter[FRONT_MATTER.level];
  const named = typeof levelValue === 'string' ? findLevel(taxonomy, levelValue) : undefined;
  const attributes: Record<string, string> = {ref: refId};
  for (const key of ['kind', 'framework', 'workload', 'id', 'since', 'removal', 'replacement']) {
    const value = frontMatter[frontMatterKey(key)];
    if (typeof value === 'string' || typeof value === 'number') {
      attributes[key] = writtenValue(tree, frontMatterKey(key), value);
    }
  }
  const resolved = resolveRef(context, {name: `front matter ${FRONT_MATTER.ref}`, attributes, at: at ?? {line: 1, column: 1}, named});
  if (!resolved) {
    return undefined;
  }
  const merged = {...registryDetails(resolved.ref), ...attributes};
  if (!checkRetirement(context, resolved.level, merged, subject('front matter'), (key) => keyPlace(frontMatterKey(key)) ?? at)) {
    return undefined;
  }
  return pageItem(attributes.id, {...resolved, attributes: merged}, tree, at);
}

function pageItem(
  explicitId: string | undefined,
  read: ReadItem,
  tree: Root,
  at: Point | undefined,
): {collected: CollectedItem; explicitId?: string} {
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
