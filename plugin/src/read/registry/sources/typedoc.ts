/**
 * TypeDoc's JSON (`typedoc --json`, 0.27.4 or later) as registry items: each
 * declaration whose comment (or its signatures' comments) carries a modifier
 * tag the source's `levels` map names, `@deprecated` or `@since`. TypeDoc
 * has already cascaded `@alpha`/`@beta`/`@experimental` to the children (its
 * `cascadedModifierTags`); a child's own tag wins. `@deprecated`'s text is
 * the item's description and, where it names a declaration (`{@link X}`,
 * `` `X` ``, "use X"), its replacement; `@since` its since. The id is the
 * name as code writes it (`Widget.render`), and with `pages` a class,
 * interface, function, variable, type alias or enum gets the page
 * docusaurus-plugin-typedoc writes for it (`api/classes/Widget`).
 */
import {sourceUnreadable} from '../../../model/messages';
import {sourceProblem, type SourceEntry, type SourceItems} from './document';
import type {RegistrySource} from '../../../model/sources';

interface Part {
  kind: string;
  text: string;
  tag?: string;
  target?: unknown;
}

interface Comment {
  summary?: Part[];
  blockTags?: {tag: string; content: Part[]}[];
  modifierTags?: string[];
}

interface Reflection {
  id: number;
  name: string;
  kind: number;
  /** TypeDoc writes a `@public` tag as `isPublic`. */
  flags?: {isPublic?: boolean};
  comment?: Comment;
  children?: Reflection[];
  signatures?: Reflection[];
  getSignature?: Reflection;
  setSignature?: Reflection;
}

/** TypeDoc's ReflectionKind values that have a page of their own in typedoc-plugin-markdown's default layout, and its folder. */
const PAGE_FOLDERS = new Map<number, string>([
  [128, 'classes'],
  [256, 'interfaces'],
  [64, 'functions'],
  [32, 'variables'],
  [2097152, 'type-aliases'],
  [8, 'enumerations'],
]);
/** Members typedoc-plugin-markdown writes as headings of their container's page: constructor, property, method, accessor, enum member. */
const MEMBER_KINDS = new Set([512, 1024, 2048, 262144, 16]);
const KIND_MODULE = 2;
const KIND_NAMESPACE = 4;

/** A declaration as walked: its qualified name, where it is in the JSON, its comments (its own and its signatures'), and its page. */
interface Walked {
  reflection: Reflection;
  id: string;
  pointer: string;
  comments: Comment[];
  page?: string;
}

export function typedocItems(source: RegistrySource, text: string): SourceItems {
  let project: Reflection;
  try {
    project = JSON.parse(text) as Reflection;
  } catch (error) {
    return {entries: [], problems: [sourceProblem(sourceUnreadable("TypeDoc's JSON", (error as Error).message, 'write it with `typedoc --json <file>`'), undefined)]};
  }
  if (typeof project !== 'object' || project === null || !Array.isArray(project.children ?? [])) {
    return {entries: [], problems: [sourceProblem(sourceUnreadable("TypeDoc's JSON", 'it has no project with children', 'write it with `typedoc --json <file>`'), {pointer: ''})]};
  }
  const walked: Walked[] = [];
  const byReflectionId = new Map<number, Walked>();
  const visit = (reflection: Reflection, pointer: string, names: string[], folder: string | undefined, containerPage?: string) => {
    const id = [...names, reflection.name].join('.');
    const pageFolder = PAGE_FOLDERS.get(reflection.kind);
    // A member is a heading of its container's page (`api/classes/Widget#render`).
    const page =
      source.pages !== undefined && pageFolder !== undefined && folder !== undefined
        ? `${folder}/${pageFolder}/${reflection.name}`
        : containerPage !== undefined && MEMBER_KINDS.has(reflection.kind)
          ? `${containerPage}#${reflection.name}`
          : undefined;
    const signatures = [...(reflection.signatures ?? []), ...[reflection.getSignature, reflection.setSignature].filter((signature) => signature !== undefined)];
    const comments = [reflection, ...signatures]
      .map(({comment, flags}) => (flags?.isPublic ? {...comment, modifierTags: [...(comment?.modifierTags ?? []), '@public']} : comment))
      .filter((comment) => comment !== undefined);
    const entry = {reflection, id, pointer, comments, ...(page ? {page} : {})};
    walked.push(entry);
    byReflectionId.set(reflection.id, entry);
    const childFolder =
      folder === undefined ? undefined : reflection.kind === KIND_NAMESPACE ? `${folder}/namespaces/${reflection.name}` : reflection.kind === KIND_MODULE ? `${folder}/${reflection.name}` : undefined;
    const ownPage = page?.includes('#') ? undefined : page;
    (reflection.children ?? []).forEach((child, index) => visit(child, `${pointer}/children/${index}`, [...names, reflection.name], childFolder, ownPage));
  };
  (project.children ?? []).forEach((child, index) => visit(child, `/children/${index}`, [], source.pages));
  // A name in a deprecation's text: a qualified name, else a declaration's own name when one declaration has it.
  const qualified = new Map(walked.map((entry) => [entry.id, entry]));
  const own = new Map<string, Walked | undefined>();
  for (const entry of walked) {
    own.set(entry.reflection.name, own.has(entry.reflection.name) ? undefined : entry);
  }
  const byName = (name: string) => qualified.get(name) ?? own.get(name);
  const chosen = new Map<Walked, Record<string, unknown>>();
  const wanted: Walked[] = [];
  for (const entry of walked) {
    const fields = itemFields(entry, source, (target) => {
      const named = typeof target === 'number' ? byReflectionId.get(target) : byName(target);
      if (named) {
        wanted.push(named);
      }
      return named?.id;
    });
    if (fields) {
      chosen.set(entry, fields);
    }
  }
  // A declaration a deprecation names as its replacement is an item too, at the level an untagged one has.
  for (const entry of wanted.filter((candidate) => !chosen.has(candidate) && !candidate.comments.some((comment) => marker(comment, source) === false))) {
    chosen.set(entry, {title: entry.id, kind: source.kind, level: source.levels['@public'], ...(entry.page ? {page: entry.page} : {})});
  }
  const entries: SourceEntry[] = walked.filter((entry) => chosen.has(entry)).map((entry) => ({id: entry.id, fields: chosen.get(entry)!, place: {pointer: entry.pointer}}));
  return {entries, problems: []};
}

/** The tags of a comment that the map names, in the map's order: a level, false (left out), or undefined (none). */
function marker(comment: Comment, source: RegistrySource): string | false | undefined {
  const tags = comment.modifierTags ?? [];
  const found = Object.keys(source.levels).find((tag) => tag !== '@deprecated' && tags.includes(tag));
  return found === undefined ? undefined : source.levels[found];
}

/** The registry keys of a declaration, or undefined when it is no item (no tag of the map, `@deprecated` or `@since`; or a tag mapped to false). */
function itemFields(entry: Walked, source: RegistrySource, nameOf: (target: number | string) => string | undefined): Record<string, unknown> | undefined {
  const {comments} = entry;
  const markers = comments.map((comment) => marker(comment, source));
  if (markers.includes(false)) {
    return undefined;
  }
  const block = (tag: string) => comments.flatMap((comment) => comment.blockTags ?? []).find((candidate) => candidate.tag === tag);
  const deprecated = block('@deprecated');
  const since = block('@since');
  let level = markers.find((found) => found !== undefined);
  if (deprecated) {
    const retired = source.levels['@deprecated'];
    if (retired === false) {
      return undefined;
    }
    level = retired ?? level;
  }
  if (level === undefined && !since) {
    return undefined;
  }
  const summary = plain(comments.find((comment) => comment.summary?.length)?.summary ?? []);
  const notice = deprecated ? plain(deprecated.content) : '';
  return {
    title: entry.id,
    kind: source.kind,
    level: level ?? source.levels['@public'],
    ...(since ? {since: plain(since.content).split(/\s/)[0]} : {}),
    ...(deprecated ? replacementOf(deprecated.content, nameOf) : {}),
    ...(notice || summary ? {description: notice || summary} : {}),
    ...(entry.page ? {page: entry.page} : {}),
  };
}

/** A comment's text as one line: code spans keep their backticks, links their text. */
function plain(parts: readonly Part[]): string {
  return parts
    .map((part) => part.text)
    .join('')
    .split(/\n\s*\n/)[0]!
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What a deprecation names instead, when it names a declaration of the
 * project: the first `{@link X}`, else (when the text says to use something
 * else) the first code span or the name after "use". A name that is no
 * declaration stays in the description only: a replacement must name an item.
 */
function replacementOf(parts: readonly Part[], nameOf: (target: number | string) => string | undefined): {replacement?: string} {
  for (const part of parts) {
    const name = part.kind === 'inline-tag' && part.tag?.startsWith('@link') && typeof part.target === 'number' ? nameOf(part.target) : undefined;
    if (name) {
      return {replacement: name};
    }
  }
  const text = plain(parts);
  if (!/\b(use|replaced by|prefer|see)\b/i.test(text)) {
    return {};
  }
  const written = /`([^`]+)`/.exec(text) ?? /\b(?:use|replaced by|prefer)\s+([A-Za-z_$][\w$.]*)/i.exec(text);
  const name = written ? nameOf(written[1]!.replace(/\(\)$/, '')) : undefined;
  return name ? {replacement: name} : {};
}
