/**
 * API Extractor's `.api.json` as registry items: every API item of the
 * package, its level from its `releaseTag` (Alpha, Beta, Public, Internal;
 * API Extractor has already inherited it from the container) through the
 * source's `levels` map, never more mature than its container's (a member
 * tagged `@public` in a `@beta` class is Beta); `@deprecated` (only in the
 * doc comment) the retired level, its text the description; `@since` its
 * since. The id is the name as code writes it (`Widget.render`); overloads
 * are one item. With `pages`, each item gets the page api-documenter writes
 * for it (`api/widgets.widget.render`).
 */
import {sourceUnreadable} from '../../../model/messages';
import {sourceProblem, type SourceEntry, type SourceItems} from './document';
import type {RegistrySource} from '../../../model/sources';
import type {Taxonomy} from '../../../model/taxonomy';

interface ApiItem {
  kind: string;
  name?: string;
  releaseTag?: string;
  docComment?: string;
  overloadIndex?: number;
  members?: ApiItem[];
}

/** The text of a doc comment's block tag (`@deprecated Use X.`), without the comment's `*`s; undefined when it has none. */
function blockTag(docComment: string | undefined, tag: string): string | undefined {
  if (!docComment?.includes(tag)) {
    return undefined;
  }
  const lines = docComment
    .replace(/^\s*\/\*\*|\*\/\s*$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, ''));
  const text = lines.join('\n');
  const match = new RegExp(`(?:^|\\s)${tag}\\b([\\s\\S]*?)(?=\\n\\s*@[a-zA-Z]|$)`).exec(text);
  return match ? match[1]!.replace(/\s+/g, ' ').trim() : undefined;
}

/** The kinds api-documenter writes a page for (an enum's members are rows of its page). */
const DOCUMENTED = new Set(['Class', 'Interface', 'Enum', 'Namespace', 'Function', 'Variable', 'TypeAlias', 'Method', 'MethodSignature', 'Property', 'PropertySignature', 'Constructor', 'ConstructSignature', 'CallSignature', 'IndexSignature']);

/** api-documenter's file name for an item: the package's unscoped name and each display name down to it (a constructor's is "(constructor)"), lowercased, unsafe characters as "_". */
function documenterPage(pages: string, packageName: string, names: readonly {file: string; overloadIndex?: number}[]): string {
  const base = [packageName.replace(/^@[^/]+\//, ''), ...names.map(({file, overloadIndex}) => (overloadIndex && overloadIndex > 1 ? `${file}_${overloadIndex - 1}` : file))].join('.');
  return `${pages}/${base.toLowerCase().replace(/[^a-z0-9_\-.]/g, '_')}`;
}

export function apiExtractorItems(source: RegistrySource, text: string, taxonomy: Taxonomy): SourceItems {
  let model: ApiItem;
  try {
    model = JSON.parse(text) as ApiItem;
  } catch (error) {
    return {entries: [], problems: [sourceProblem(sourceUnreadable("API Extractor's .api.json", (error as Error).message, 'write it with `api-extractor run` (docModel.enabled: true)'), undefined)]};
  }
  if (model?.kind !== 'Package') {
    return {entries: [], problems: [sourceProblem(sourceUnreadable("API Extractor's .api.json", 'its root is no Package', 'point the source at the .api.json api-extractor writes (docModel.enabled: true)'), {pointer: ''})]};
  }
  const order = (level: string) => taxonomy.levels.findIndex((candidate) => candidate.id === level);
  const entries: SourceEntry[] = [];
  /** By id: its entry, its level were it not deprecated, and whether each overload so far is deprecated. */
  const seen = new Map<string, {entry: SourceEntry; level: string; deprecated: boolean}>();
  const visit = (item: ApiItem, pointer: string, path: readonly {name: string; file: string; overloadIndex?: number}[], containerLevel: string | undefined) => {
    // A constructor has no name in .api.json; TypeDoc calls it "constructor", and so do its ids here.
    const name = item.kind === 'Constructor' ? 'constructor' : item.name;
    const named =
      item.kind === 'EntryPoint' || item.kind === 'Package' || !name
        ? path
        : [...path, {name, file: item.kind === 'Constructor' ? '(constructor)' : name, ...(item.overloadIndex ? {overloadIndex: item.overloadIndex} : {})}];
    let level = containerLevel;
    if (named !== path) {
      const tag = `@${(item.releaseTag ?? 'Public').toLowerCase()}`;
      const mapped = tag === '@none' ? source.levels['@public'] : source.levels[tag];
      if (mapped === false) {
        return; // @internal: left out, and its members with it
      }
      const own = mapped ?? source.levels['@public'];
      // Never more mature than its container.
      level = containerLevel !== undefined && own !== false && order(containerLevel) < order(own as string) ? containerLevel : (own as string);
      const id = named.map((part) => part.name).join('.');
      const deprecated = blockTag(item.docComment, '@deprecated');
      const retired = deprecated === undefined ? undefined : source.levels['@deprecated'];
      const earlier = seen.get(id);
      if (earlier) {
        // An overload: the item is deprecated when every overload is.
        if (earlier.deprecated && deprecated === undefined) {
          const {description: _description, ...fields} = earlier.entry.fields;
          earlier.entry.fields = {...fields, level: earlier.level};
          earlier.deprecated = false;
        }
      } else if (retired !== false) {
        // `@since` says when it came; a retired item's since is when it was retired, which no tag says.
        const since = retired === undefined ? blockTag(item.docComment, '@since') : undefined;
        const page = source.pages !== undefined && DOCUMENTED.has(item.kind) ? {page: documenterPage(source.pages, model.name ?? '', named)} : {};
        const fields = {title: id, kind: source.kind, level: retired ?? level, ...(since ? {since: since.split(' ')[0]} : {}), ...(deprecated ? {description: deprecated} : {}), ...page};
        const entry = {id, fields, place: {pointer}};
        entries.push(entry);
        seen.set(id, {entry, level, deprecated: deprecated !== undefined});
      }
    }
    (item.members ?? []).forEach((member, index) => visit(member, `${pointer}/members/${index}`, named, level));
  };
  visit(model, '', [], undefined);
  // What a deprecation names instead, when it names an item of the package: `{@link X}`, else a code span.
  for (const {fields} of entries) {
    const written = typeof fields.description === 'string' ? (/\{@link\s+(?:[^}#\s]*#)?([^}|\s]+)/.exec(fields.description) ?? /`([^`]+)`/.exec(fields.description)) : null;
    const name = written?.[1]!.replace(/\(\)$/, '');
    if (name !== undefined && seen.has(name)) {
      fields.replacement = name;
    }
  }
  return {entries, problems: []};
}
