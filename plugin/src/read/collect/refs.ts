/**
 * Mentions of a registry item (`ref=…`): its kind and level (in the docs
 * version of the page), or one
 * problem (no registry, an unknown id, a level or kind that contradicts it).
 */
import {registryItemAt, sameScope, scopeFrom, type RegistryItem, type Scope} from '../../model/item';
import {directiveSubject, refAttribute, kindContradictsRegistry, levelContradictsRegistry, missingScope, noCell, noRegistry, unknownRef} from '../../model/messages';
import {REF_DIRECTIVE} from '../../model/names';
import {displayPath, placeText, type Point} from '../../model/problems';
import {findKind, findLevel, type Kind, type Level} from '../../model/taxonomy';
import type {Context} from './context';

export interface Mention {
  /** How the mention is written, for messages: `:::beta`, `front matter classification_ref`. */
  name: string;
  attributes: Record<string, string>;
  at: Point | undefined;
  /** The level the mention asserts (`:::beta{ref=…}`). */
  named?: Level;
}

export function resolveRef(
  context: Context,
  {name, attributes, at, named}: Mention,
): {kind: Kind; level: Level; ref: RegistryItem} | undefined {
  const {registry, taxonomy} = context.options;
  const refId = attributes.ref ?? '';
  if (!registry) {
    context.report(noRegistry(name, refId), at);
    return undefined;
  }
  const where = (item: RegistryItem) => placeText(item.file, item.place);
  const defined = registry.items.get(refId);
  const item = defined && registryItemAt(defined, context.options.documents);
  if (!item) {
    context.report(unknownRef(refId, name, registry.sources.map((source) => displayPath(source.path)), [...registry.items.keys()]), at);
    return undefined;
  }
  const kind = findKind(taxonomy, item.kind)!;
  if (attributes.kind !== undefined && attributes.kind !== item.kind) {
    context.report(kindContradictsRegistry(name, attributes.kind, refId, item.kind, where(item)), at);
    return undefined;
  }
  const missing = item.levels === undefined ? [] : kind.requires.filter((key) => !attributes[key]);
  if (missing.length > 0) {
    // A cell is named by every key of the scope.
    context.report(missingScope(kind, missing, directiveSubject(`${name}{${refAttribute(refId)}}`)), at);
    return undefined;
  }
  const levelId = registryLevel(item, scopeFrom(kind.requires, attributes));
  if (!levelId) {
    const cells = (item.levels ?? []).map((cell) => kind.requires.map((key) => cell.scope[key] ?? '').join(' × ')).join(', ');
    const scope = kind.requires.map((key) => attributes[key] ?? '?').join(' × ');
    context.report(noCell(refId, scope, cells, where(item), kind.requires, directiveSubject(name)), at);
    return undefined;
  }
  const level = findLevel(taxonomy, levelId)!;
  if (named && named.id !== level.id) {
    context.report(levelContradictsRegistry(name, refId, level.id, name.replace(named.id, REF_DIRECTIVE), where(item)), at);
    return undefined;
  }
  return {kind, level, ref: item};
}

/** The level of a registry item, or of the cell a mention picks. */
export function registryLevel(item: RegistryItem, scope: Scope | undefined): string | undefined {
  if (item.level) {
    return item.level;
  }
  return item.levels?.find((cell) => sameScope(cell.scope, scope))?.level;
}
