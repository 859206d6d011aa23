/**
 * The scan's fast path. A page made of front matter, ATX headings, plain
 * paragraphs, directives, and fenced code, lists, block quotes and tables
 * that hold no heading and nothing like a directive, is parsed here, line
 * by line, into the mdast tree the real parser (micromark with the MDX,
 * directive, GFM and front matter extensions) would give for everything
 * collect() reads: headings, directives with their labels and attributes,
 * and positions. Anything else (JSX, HTML, expressions, inline markup next
 * to a directive or in a heading, nested containers, lazy lines, …) returns
 * undefined, and the caller uses the real parser. The scan parses every page
 * that mentions a level before anything is built; on the benchmark's pages
 * this took it from about 460 µs a page to 27 µs (BENCHMARKS.md).
 *
 * tests/unit/quick-parse.test.ts holds collect()'s results on both trees
 * equal, on generated pages, the property tests' pages and every fixture.
 */
import type {
  Heading,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Text,
  Yaml,
} from 'mdast' with {'resolution-mode': 'import'};
import type {
  ContainerDirective,
  LeafDirective,
  TextDirective,
} from 'mdast-util-directive' with {'resolution-mode': 'import'};
import type {Point} from 'unist' with {'resolution-mode': 'import'};

/** Thrown inside the parser when the page leaves the subset; caught below (no Error: no stack to capture). */
const UNSUPPORTED = Symbol('unsupported');

function unsupported(): never {
  throw UNSUPPORTED;
}

/** Characters that start inline markup, or (MDX) JSX and expressions. */
const INLINE_MARKUP = /[`*_[\]<>{}&\\~@]|www\.|:\/\//;
/** First characters of lines that open blocks this parser leaves to micromark. */
const BLOCK_START = /^[ >\-+=`~<{}|\]]|^\d{1,9}[.)]|^[*_](\s|$)/;
const NAME = /^[A-Za-z][A-Za-z0-9_-]*/;
/** micromark-extension-directive's shortcut (`#id`, `.class`) and unquoted values. */
const SHORTCUT = /^[^\s"#'.<=>`}&]+/;
const UNQUOTED = /^[^\s"'<=>`}&]+/;
const ATTRIBUTE_NAME = /^[A-Za-z:_][A-Za-z0-9\-.:_]*/;

interface Line {
  text: string;
  /** 1-based line number. */
  number: number;
  offset: number;
}

const point = (line: Line, index: number): Point => ({line: line.number, column: index + 1, offset: line.offset + index});

/** A directive name ends where micromark's does; one ending in "-" or "_" is no name. */
function directiveName(text: string): string | undefined {
  const name = NAME.exec(text)?.[0];
  return name && !/[-_]$/.test(name) ? name : undefined;
}

/** `{…}` at `index`: the attributes and the index after `}`. Only a plain subset. */
function attributesAt(text: string, index: number): {attributes: Record<string, string>; end: number} {
  const attributes: Record<string, string> = {};
  const set = (key: string, value: string): void => {
    if (Object.hasOwn(attributes, key)) {
      unsupported(); // micromark merges classes and keeps the last id: left to it
    }
    attributes[key] = value;
  };
  let at = index + 1;
  for (;;) {
    while (text[at] === ' ') {
      at += 1;
    }
    const rest = text.slice(at);
    if (rest.startsWith('}')) {
      return {attributes, end: at + 1};
    }
    if (at > index + 1 && text[at - 1] !== ' ') {
      unsupported();
    }
    if (rest[0] === '#' || rest[0] === '.') {
      const value = SHORTCUT.exec(rest.slice(1))?.[0] ?? unsupported();
      set(rest[0] === '#' ? 'id' : 'class', value);
      at += 1 + value.length;
      continue;
    }
    const name = ATTRIBUTE_NAME.exec(rest)?.[0] ?? unsupported();
    at += name.length;
    if (text[at] !== '=') {
      set(name, '');
      continue;
    }
    at += 1;
    const quote = text[at];
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, at + 1);
      const value = close < 0 ? unsupported() : text.slice(at + 1, close);
      if (value.includes('&')) {
        unsupported(); // character references
      }
      set(name, value);
      at = close + 1;
    } else {
      const value = UNQUOTED.exec(text.slice(at))?.[0] ?? unsupported();
      set(name, value);
      at += value.length;
    }
  }
}

/** `[label]` at `index`: plain text only. */
function labelAt(line: Line, index: number): {children: PhrasingContent[]; end: number} {
  const close = line.text.indexOf(']', index + 1);
  const value = close < 0 ? unsupported() : line.text.slice(index + 1, close);
  if (value.trim() !== value || value === '' || INLINE_MARKUP.test(value) || value.includes(':')) {
    unsupported();
  }
  return {children: [text(value, point(line, index + 1), point(line, close))], end: close + 1};
}

const text = (value: string, start: Point, end: Point): Text => ({type: 'text', value, position: {start, end}});

/**
 * Phrasing content of `line.text` from `start` to `end`: text and text
 * directives. Any other inline markup is unsupported.
 */
function phrasing(line: Line, start: number, end: number): PhrasingContent[] {
  const children: PhrasingContent[] = [];
  const source = line.text;
  let textStart = start;
  let at = start;
  const flush = (until: number): void => {
    if (until > textStart) {
      const value = source.slice(textStart, until);
      if (INLINE_MARKUP.test(value)) {
        unsupported();
      }
      children.push(text(value, point(line, textStart), point(line, until)));
    }
  };
  while (at < end) {
    const colon = source.indexOf(':', at);
    if (colon < 0 || colon >= end) {
      break;
    }
    const name = source[colon - 1] === ':' ? undefined : directiveName(source.slice(colon + 1, end));
    if (!name) {
      at = colon + 1;
      continue;
    }
    let after = colon + 1 + name.length;
    const node: TextDirective = {type: 'textDirective', name, attributes: {}, children: []};
    if (source[after] === '[') {
      const label = labelAt(line, after);
      node.children = label.children;
      after = label.end;
    }
    if (source[after] === '{') {
      const read = attributesAt(source.slice(0, end), after);
      node.attributes = read.attributes;
      after = read.end;
    }
    flush(colon);
    node.position = {start: point(line, colon), end: point(line, after)};
    children.push(node);
    textStart = at = after;
  }
  flush(end);
  return children;
}

/** Opening `:::name[label]{attributes}` or `::name…` after `colons` colons. */
function directiveLine(line: Line, colons: number) {
  const name = directiveName(line.text.slice(colons)) ?? unsupported();
  let at = colons + name.length;
  let label: {children: PhrasingContent[]; start: number; end: number} | undefined;
  let attributes: Record<string, string> = {};
  if (line.text[at] === '[') {
    const read = labelAt(line, at);
    label = {children: read.children, start: at, end: read.end};
    at = read.end;
  }
  if (line.text[at] === '{') {
    const read = attributesAt(line.text, at);
    attributes = read.attributes;
    at = read.end;
  }
  if (line.text.slice(at).trim() !== '') {
    unsupported();
  }
  return {name, label, attributes, end: at};
}

/** The lines of `source`. */
function linesOf(source: string): Line[] {
  const lines: Line[] = [];
  let number = 1;
  let at = 0;
  while (at <= source.length) {
    const newline = source.indexOf('\n', at);
    const stop = newline < 0 ? source.length : newline;
    lines.push({text: source.slice(at, stop), number, offset: at});
    number += 1;
    at = stop + 1;
  }
  return lines;
}

/**
 * The tree of `source` as the scanner's parser would give it, or undefined
 * when the page uses anything this parser leaves to micromark. `ours` are
 * the directive names collect() reads.
 */
export function quickParse(source: string, format: 'md' | 'mdx', ours: ReadonlySet<string>): Root | undefined {
  if (/[\t\r\0\uFEFF]/.test(source)) {
    return undefined;
  }
  try {
    return parse(source, format, ours);
  } catch (error) {
    if (error === UNSUPPORTED) {
      return undefined;
    }
    throw error;
  }
}

function parse(source: string, format: 'md' | 'mdx', ours: ReadonlySet<string>): Root {
  const root: Root = {type: 'root', children: []};
  let lines = linesOf(source);
  if (lines[0]?.text === '---') {
    const close = lines.findIndex((line, index) => index > 0 && line.text === '---');
    if (close < 0) {
      unsupported();
    }
    const yaml: Yaml = {
      type: 'yaml',
      value: lines
        .slice(1, close)
        .map((line) => line.text)
        .join('\n'),
      position: {start: point(lines[0]!, 0), end: point(lines[close]!, 3)},
    };
    root.children.push(yaml);
    lines = lines.slice(close + 1);
  }
  let container: {node: ContainerDirective; colons: number} | undefined;
  /** The lines of the paragraph being written. */
  let paragraph: Line[] | undefined;
  const parent = (): RootContent[] => (container ? container.node.children : root.children) as RootContent[];
  const closeParagraph = (): void => {
    if (paragraph) {
      parent().push(paragraphNode(paragraph, ours));
      paragraph = undefined;
    }
  };
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const {text: value} = line;
    if (value.trim() === '') {
      closeParagraph();
      continue;
    }
    if (THEMATIC_BREAK.test(value) || (paragraph && /^(=+|-+) *$/.test(value))) {
      unsupported(); // thematic breaks end the title's search; setext headings
    }
    if (value.startsWith('#')) {
      closeParagraph();
      parent().push(heading(line, format));
      continue;
    }
    if (value.startsWith(':')) {
      const colons = /^:*/.exec(value)![0].length;
      if (container && colons >= container.colons && value.trimEnd().length === colons) {
        closeParagraph();
        container.node.position!.end = point(line, colons);
        container = undefined;
        continue;
      }
      // Whether an opening interrupts a paragraph, and nesting: left to micromark.
      if (paragraph || container || colons < 2) {
        unsupported();
      }
      const read = directiveLine(line, colons);
      const position = {start: point(line, 0), end: point(line, read.end)};
      if (colons === 2) {
        const leaf: LeafDirective = {type: 'leafDirective', name: read.name, attributes: read.attributes, children: read.label?.children ?? []};
        leaf.position = position;
        root.children.push(leaf);
        continue;
      }
      const node: ContainerDirective = {type: 'containerDirective', name: read.name, attributes: read.attributes, children: []};
      node.position = position;
      if (read.label) {
        node.children.push({
          type: 'paragraph',
          data: {directiveLabel: true},
          children: read.label.children,
          position: {start: point(line, read.label.start), end: point(line, read.label.end)},
        } as Paragraph);
      }
      root.children.push(node);
      container = {node, colons};
      continue;
    }
    const block = opaqueBlock(lines, index, format, paragraph !== undefined, container !== undefined);
    if (block) {
      closeParagraph();
      parent().push(block.node);
      index = block.last;
      continue;
    }
    if (BLOCK_START.test(value) || /^(import|export)\b/.test(value) || (format === 'mdx' && /[<{}]/.test(value))) {
      unsupported();
    }
    paragraph ??= [];
    paragraph.push(line);
  }
  if (container) {
    unsupported(); // a container never closed: collect() reports it from the real tree
  }
  closeParagraph();
  const last = lines.at(-1);
  root.position = {start: {line: 1, column: 1, offset: 0}, end: last ? point(last, last.text.length) : {line: 1, column: 1, offset: 0}};
  return root;
}

/** A thematic break (`---`, `* * *`, `___`). */
const THEMATIC_BREAK = /^ {0,3}([-*_])( *\1){2,} *$/;
/** A list item's marker: a bullet, or a number with `.` or `)`. */
const LIST_MARKER = /^([-*+]|(\d{1,9})[.)])( +\S|$)/;
/** Text in an opaque block that could be a directive, a heading, JSX or an expression. */
const OPAQUE_UNSAFE = /:[A-Za-z]|<|^[ >*+\-0-9.)]*(#|:|\[[^\]]*\]:)/m;

/**
 * Blocks whose inside collect() does not read, as long as they hold no
 * heading and nothing like a directive: fenced code, block quotes, lists
 * and tables. Returns the node and the index of its last line, or
 * undefined when `lines[index]` starts none of them.
 */
function opaqueBlock(
  lines: Line[],
  index: number,
  format: 'md' | 'mdx',
  inParagraph: boolean,
  inContainer: boolean,
): {node: RootContent; last: number} | undefined {
  const first = lines[index]!;
  const fence = /^(`{3,}|~{3,})(.*)$/.exec(first.text);
  if (fence) {
    const [, marks, info] = fence;
    if (marks![0] === '`' && info!.includes('`')) {
      unsupported();
    }
    const closing = new RegExp(`^ {0,3}${marks![0] === '`' ? '`' : '~'}{${marks!.length},} *$`);
    for (let at = index + 1; at < lines.length; at += 1) {
      const line = lines[at]!;
      if (closing.test(line.text)) {
        const node: RootContent = {
          type: 'code',
          lang: null,
          meta: null,
          value: '',
          position: {start: point(first, 0), end: point(line, line.text.trimEnd().length)},
        };
        return {node, last: at};
      }
      if (inContainer && line.text.startsWith(':')) {
        unsupported(); // a container's fence inside code: left to micromark
      }
    }
    unsupported(); // never closed
  }
  const marker = LIST_MARKER.exec(first.text);
  const kind = first.text.startsWith('>') ? 'blockquote' : first.text.startsWith('|') && !inParagraph ? 'table' : marker ? 'list' : undefined;
  if (!kind) {
    return undefined;
  }
  if (kind === 'list' && inParagraph && !(marker![2] === undefined ? marker![3] !== '' : marker![2] === '1')) {
    unsupported(); // whether it interrupts the paragraph
  }
  let last = index;
  for (let at = index + 1; at < lines.length; at += 1) {
    const {text} = lines[at]!;
    const blank = text.trim() === '';
    const previousBlank = lines[at - 1]!.text.trim() === '';
    if (kind === 'list') {
      // Items, indented content, blank lines between them; a line at the
      // margin after a blank line ends the list.
      if (!blank && !text.startsWith(' ') && !LIST_MARKER.test(text)) {
        if (previousBlank) {
          break;
        }
        if (/^[#>`~:<{}|[=\-*+_]/.test(text) || /^\d/.test(text)) {
          unsupported(); // a block that may interrupt the item, or a lazy line
        }
      }
    } else if (blank) {
      break;
    } else if (kind === 'blockquote' && !text.startsWith('>')) {
      unsupported(); // a lazy continuation line
    }
    if (!blank) {
      last = at;
    }
  }
  const block = lines.slice(index, last + 1);
  const content = block.map((line) => line.text).join('\n');
  if (
    OPAQUE_UNSAFE.test(content) ||
    block.some((line) => THEMATIC_BREAK.test(line.text.replace(/^[ >]*/, ''))) ||
    (format === 'mdx' && /[{}]/.test(content))
  ) {
    unsupported();
  }
  const end = lines[last]!;
  const position = {start: point(first, 0), end: point(end, end.text.trimEnd().length)};
  const node = (
    kind === 'list'
      ? {type: 'list', ordered: marker![2] !== undefined, spread: false, children: [], position}
      : kind === 'table'
        ? {type: 'table', align: [], children: [], position}
        : {type: 'blockquote', children: [], position}
  ) as RootContent;
  return {node, last};
}

function heading(line: Line, format: 'md' | 'mdx'): Heading {
  const match = /^(#{1,6}) +(.*?) *$/.exec(line.text);
  if (!match || match[2] === '' || match[2]!.endsWith('#')) {
    unsupported();
  }
  const depth = match[1]!.length as Heading['depth'];
  const start = depth + line.text.slice(depth).search(/\S/);
  const end = start + match[2]!.length;
  // A `{#custom-id}` at the end: text for micromark (escaped first in MDX).
  const custom = / \\?\{#[A-Za-z0-9_-]+\}$/.exec(line.text.slice(start, end));
  if (custom && format === 'mdx' && !custom[0].includes('\\')) {
    unsupported(); // an expression
  }
  const contentEnd = custom ? start + custom.index : end;
  const children = phrasing(line, start, contentEnd);
  if (custom) {
    const value = custom[0].replace('\\', '');
    const previous = children.at(-1);
    if (previous?.type === 'text') {
      previous.value += value;
      previous.position!.end = point(line, end);
    } else {
      children.push(text(value, point(line, contentEnd), point(line, end)));
    }
  }
  return {type: 'heading', depth, children, position: {start: point(line, 0), end: point(line, end)}};
}

/**
 * A paragraph. Its text matters only around a directive of ours (an inline
 * badge); without one, the lines stay one text node, whatever markup they hold.
 */
function paragraphNode(lines: Line[], ours: ReadonlySet<string>): Paragraph {
  const first = lines[0]!;
  const last = lines.at(-1)!;
  if (first.text.startsWith('[') && lines.some((line) => line.text.includes(']:'))) {
    unsupported(); // a link reference definition
  }
  const end = point(last, last.text.trimEnd().length);
  const start = point(first, 0);
  const mentionsOurs = lines.some((line) =>
    [...line.text.matchAll(/:([A-Za-z][A-Za-z0-9_-]*)/g)].some((match) => ours.has(match[1]!)),
  );
  if (!mentionsOurs) {
    const value = lines.map((line) => line.text.trimEnd()).join('\n');
    return {type: 'paragraph', children: [text(value, start, end)], position: {start, end}};
  }
  const children: PhrasingContent[] = [];
  for (const [index, line] of lines.entries()) {
    if (index < lines.length - 1 && line.text.endsWith(' ')) {
      unsupported(); // line breaks
    }
    const parts = phrasing(line, 0, line.text.trimEnd().length);
    const previous = children.at(-1);
    const [head, ...rest] = parts;
    if (index > 0 && previous?.type === 'text' && head?.type === 'text') {
      previous.value += `\n${head.value}`;
      previous.position!.end = head.position!.end;
      children.push(...rest);
    } else {
      if (index > 0) {
        unsupported(); // a line ending next to a directive
      }
      children.push(...parts);
    }
  }
  return {type: 'paragraph', children, position: {start, end}};
}
