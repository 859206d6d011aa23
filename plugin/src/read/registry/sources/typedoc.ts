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
import {firstParagraph, sourceProblem, type SourceEntry, type SourceItems} from './document';
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
  flags?: {isPublic?: boolean; isStatic?: boolean};
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
const KIND_PROJECT = 1;
const KIND_MODULE = 2;
const KIND_NAMESPACE = 4;

/** A declaration as walked: its qualified name, where it is in the JSON, its comments (its own and its signatures'), and its page. */
interface Walked {
  reflection: Reflection;
  id: string;
  pointer: string;
  /** Its own comment (with `@public` as TypeDoc writes it), and its signatures' (an overload each). */
  comments: Comment[];
  signatureComments: Comment[];
  page?: string;
}

export function typedocItems(source: RegistrySource, text: string): SourceItems {
  let project: Reflection;
  try {
    project = JSON.parse(text) as Reflection;
  } catch (error) {
    return {entries: [], problems: [sourceProblem(sourceUnreadable("TypeDoc's JSON", (error as Error).message, 'write it with `typedoc --json <file>`'), undefined)]};
  }
  if (typeof project !== 'object' || project === null || project.kind !== KIND_PROJECT || !Array.isArray(project.children ?? [])) {
    const fix = 'point the source at the file `typedoc --json <file>` writes';
    return {entries: [], problems: [sourceProblem(sourceUnreadable("TypeDoc's JSON", 'its root is no TypeDoc project (kind 1)', fix), {pointer: ''})]};
  }
  const walked: Walked[] = [];
  const byReflectionId = new Map<number, Walked>();
  const visit = (reflection: Reflection, pointer: string, names: string[], folder: string | undefined, containerPage?: string, siblings: readonly Reflection[] = []) => {
    // A static member that an instance member's name also names: `Widget.create (static)`.
    const clash = reflection.flags?.isStatic === true && siblings.some((other) => other !== reflection && other.name === reflection.name && !other.flags?.isStatic);
    const id = `${[...names, reflection.name].join('.')}${clash ? ' (static)' : ''}`;
    const pageFolder = PAGE_FOLDERS.get(reflection.kind);
    // A member is a heading of its container's page (`api/classes/Widget#render`).
    const page =
      source.pages !== undefined && pageFolder !== undefined && folder !== undefined
        ? `${folder}/${pageFolder}/${reflection.name}`
        : containerPage !== undefined && MEMBER_KINDS.has(reflection.kind)
          ? `${containerPage}#${reflection.name}`
          : undefined;
    const signatures = [...(reflection.signatures ?? []), ...[reflection.getSignature, reflection.setSignature].filter((signature) => signature !== undefined)];
    const commentOf = ({comment, flags}: Reflection) => (flags?.isPublic ? {...comment, modifierTags: [...(comment?.modifierTags ?? []), '@public']} : comment);
    const signatureComments = signatures.map(commentOf).filter((comment) => comment !== undefined);
    const comments = [commentOf(reflection), ...signatureComments].filter((comment) => comment !== undefined);
    const entry = {reflection, id, pointer, comments, signatureComments: signatures.length === signatureComments.length ? signatureComments : [], ...(page ? {page} : {})};
    walked.push(entry);
    byReflectionId.set(reflection.id, entry);
    // A module of several entry points has its folder; a namespace's members get no page (typedoc-plugin-markdown's layout there is not the plugin's to guess).
    const childFolder = folder !== undefined && reflection.kind === KIND_MODULE ? `${folder}/${reflection.name}` : undefined;
    const ownPage = page?.includes('#') || reflection.kind === KIND_NAMESPACE ? undefined : page;
    const children = reflection.children ?? [];
    children.forEach((child, index) => visit(child, `${pointer}/children/${index}`, [...names, reflection.name], childFolder, ownPage, children));
  };
  (project.children ?? []).forEach((child, index) => visit(child, `/children/${index}`, [], source.pages, undefined, project.children));
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

/**
 * The registry keys of a declaration, or undefined when it is no item (no
 * tag of the map, `@deprecated` or `@since`; or a tag mapped to false). A
 * tag of its own comment holds for the declaration; of its signatures, when
 * every overload has it (one deprecated overload of two leaves the function
 * as it is).
 */
function itemFields(entry: Walked, source: RegistrySource, nameOf: (target: number | string) => string | undefined): Record<string, unknown> | undefined {
  const {comments, signatureComments} = entry;
  const own = comments.length > signatureComments.length ? comments[0] : undefined;
  const everyOverload = (test: (comment: Comment) => boolean) => signatureComments.length > 0 && signatureComments.every(test);
  const blockOf = (comment: Comment | undefined, tag: string) => comment?.blockTags?.find((candidate) => candidate.tag === tag);
  if ((own && marker(own, source) === false) || everyOverload((comment) => marker(comment, source) === false)) {
    return undefined;
  }
  const markers = comments.map((comment) => marker(comment, source));
  const block = (tag: string) => comments.flatMap((comment) => comment.blockTags ?? []).find((candidate) => candidate.tag === tag);
  const deprecated = blockOf(own, '@deprecated') ?? (everyOverload((comment) => blockOf(comment, '@deprecated') !== undefined) ? blockOf(signatureComments[0], '@deprecated') : undefined);
  // `@since` says when the declaration came; a retired item's since is when it was retired, which no tag says.
  const since = deprecated ? undefined : block('@since');
  let level = markers.find((found): found is string => typeof found === 'string');
  if (deprecated) {
    const retired = source.levels['@deprecated'];
    if (retired === false) {
      return undefined;
    }
    level = retired ?? level;
  }
  if (level === undefined && !since && !block('@since')) {
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

/** A comment's text as one line (its first paragraph): code spans keep their backticks, links their text. */
function plain(parts: readonly Part[]): string {
  return firstParagraph(parts.map((part) => part.text).join(''));
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
