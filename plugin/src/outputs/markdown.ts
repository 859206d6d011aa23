/** Author text in Markdown (release notes, the CLI's listing): as text, and link targets as link targets only. */
import {plainText} from '../model/text';

/**
 * Text as Markdown text (CommonMark with GFM, or MDX), on one line: every
 * character that could open markup escaped (emphasis, code, links, HTML or
 * JSX, entities, expressions, strikethrough, tables), and a word joiner in
 * what GFM would link by itself (`https://`, `www.`, `a@b.co`).
 */
export function markdownText(text: string, {linked = false} = {}): string {
  const escaped = plainText(text).replace(/[\\`*_[\]<>&!#|~@${}]/g, '\\$&');
  // GFM links bare URLs, www. and e-mail addresses after escapes are read (never inside a link): a word joiner (U+2060, unseen) breaks each.
  return linked ? escaped : escaped.replace(/:(?=\/\/)/g, ':\u2060').replace(/(www)\./gi, '$1\u2060.').replace(/@/g, '@\u2060');
}

/** A link target as a Markdown link destination: characters outside a URL's own percent-encoded, so none ends or nests the link. */
export function markdownDestination(url: string): string {
  const percent = (character: string) => encodeURIComponent(character).replace(/[!'()*]/g, (left) => `%${left.charCodeAt(0).toString(16).toUpperCase()}`);
  // By code point (`u`): a character outside the BMP is encoded whole, not as two halves.
  return plainText(url).replace(/%(?![\da-f]{2})|[^\w\-.~:/?#@!$'*+,;=%]/giu, percent);
}
