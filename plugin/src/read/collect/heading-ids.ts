/**
 * Docusaurus's heading ids, mirrored: the id its headings plugin will give a
 * heading, and the heading text without the parts it does not show.
 */
import {createSlugger, parseMarkdownHeadingId} from '../../upstream/docusaurus';
import type {Esm} from '../../upstream/esm';
import type {Heading, PhrasingContent} from 'mdast' with {'resolution-mode': 'import'};
import type {TextDirective} from 'mdast-util-directive' with {'resolution-mode': 'import'};

export class HeadingIds {
  private readonly slugger = createSlugger();
  constructor(
    private readonly esm: Esm,
    private readonly maintainCase: boolean,
  ) {}

  /** `explicit` is an id set on hProperties by an earlier plugin (ours). */
  next(children: PhrasingContent[], explicit?: string): string {
    if (explicit) {
      return this.slugger.slug(explicit, {maintainCase: true});
    }
    const commentId = commentHeadingId(children);
    if (commentId) {
      return commentId;
    }
    const text = this.text(children);
    return (
      parseMarkdownHeadingId(text, 'classic').id ??
      this.slugger.slug(text, {maintainCase: this.maintainCase})
    );
  }

  /** The heading text the way the headings plugin reads it. */
  text(children: PhrasingContent[]): string {
    const textNodes = children.filter((child) => child.type !== 'html');
    return this.esm.toString(textNodes.length > 0 ? textNodes : children);
  }
}

/** The id of a `{/* #id *\/}` or `<!-- #id -->` comment ending a heading. */
export function commentHeadingId(children: PhrasingContent[]): string | undefined {
  const last = children.at(-1);
  let comment: string | undefined;
  if (last?.type === 'mdxTextExpression') {
    const program = last.data?.estree;
    if (program && program.body.length === 0 && program.comments?.length === 1) {
      comment = program.comments[0]!.value;
    }
  } else if (last?.type === 'html') {
    comment = /^<!--(?<comment>[\s\S]*)-->$/.exec(last.value)?.groups?.comment;
  }
  const first = comment?.trim().split(' ')[0];
  return first?.startsWith('#') ? first.slice(1) || undefined : undefined;
}

/** Heading text without a `{#custom-id}` suffix: the title of a heading item. */
export function headingTitle(text: string): string {
  return parseMarkdownHeadingId(text, 'classic').text.trim();
}

/**
 * A heading's children once a classification directive is taken out, with
 * the whitespace around it folded so no trailing "-" leaks into the slug.
 */
export function headingChildrenWithout(heading: Heading, directive: TextDirective): PhrasingContent[] {
  const children = heading.children.map((child) => (child.type === 'text' ? {...child} : child));
  const index = heading.children.indexOf(directive);
  children.splice(index, 1);
  const before = children[index - 1];
  const after = children[index];
  if (before?.type === 'text' && (!after || /^\s/.test(after.type === 'text' ? after.value : ''))) {
    before.value = before.value.trimEnd();
    if (after?.type === 'text') {
      after.value = ` ${after.value.trimStart()}`;
    }
  }
  return children.filter((child) => child.type !== 'text' || child.value !== '');
}

/**
 * What a heading item shows: its children without the directive and without
 * a `{#id}` suffix or id comment, since the item's id is set on the heading
 * itself and the headings plugin then reads neither.
 */
export function shownChildren(children: PhrasingContent[]): PhrasingContent[] {
  const shown = children.map((child) => (child.type === 'text' ? {...child} : child));
  const last = shown.at(-1);
  if (last?.type === 'mdxTextExpression' || (last?.type === 'html' && last.value.startsWith('<!--'))) {
    shown.pop();
  } else if (last?.type === 'text') {
    const parsed = parseMarkdownHeadingId(last.value, 'classic');
    if (parsed.id) {
      last.value = parsed.text;
    }
  }
  const lastText = shown.at(-1);
  if (lastText?.type === 'text') {
    lastText.value = lastText.value.trimEnd();
  }
  return shown;
}
