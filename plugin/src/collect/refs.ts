/**
 * Mentions of a registry item (`ref=…`): its kind and current level, or one
 * problem (no registry, an unknown id, a level or kind that contradicts it).
 */
import {displayPath, type Point} from '../problems';
import {findKind, findLevel, type Kind, type Level} from '../taxonomy';
import {DIRECTIVE} from '../vocabulary';
import {kindContradictsRegistry, levelContradictsRegistry, noCell, noRegistry, unknownRef} from './messages';
import type {RegistryItem} from '../scan/registry';
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
  const where = (item: RegistryItem) => `${displayPath(registry.file)}:${item.place.line}:${item.place.column}`;
  const item = registry.items.get(refId);
  if (!item) {
    context.report(unknownRef(refId, name, displayPath(registry.file), [...registry.items.keys()]), at);
    return undefined;
  }
  const kind = findKind(taxonomy, item.kind)!;
  if (attributes.kind !== undefined && attributes.kind !== item.kind) {
    context.report(kindContradictsRegistry(name, attributes.kind, refId, item.kind, where(item)), at);
    return undefined;
  }
  const levelId = registryLevel(item, attributes);
  if (!levelId) {
    const cells = (item.levels ?? []).map((cell) => `${cell.framework ?? ''} × ${cell.workload ?? ''}`).join(', ');
    const scope = `${attributes.framework ?? '?'} × ${attributes.workload ?? '?'}`;
    context.report(noCell(refId, scope, cells, where(item)), at);
    return undefined;
  }
  const level = findLevel(taxonomy, levelId)!;
  if (named && named.id !== level.id) {
    context.report(levelContradictsRegistry(name, refId, level.id, name.replace(named.id, DIRECTIVE.ref), where(item)), at);
    return undefined;
  }
  return {kind, level, ref: item};
}

/** The level of a registry item, or of the cell a mention picks. */
export function registryLevel(item: RegistryItem, scope: {framework?: string; workload?: string}): string | undefined {
  if (item.level) {
    return item.level;
  }
  return item.levels?.find((cell) => cell.framework === scope.framework && cell.workload === scope.workload)?.level;
}
