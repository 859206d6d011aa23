/**
 * Author text as one line of plain text, for every output that shows it
 * (pages, tables, Markdown, feeds): what keeps a title from being one, and
 * the title made one. No imports: the theme's client code uses it too.
 */

/** Characters no output carries inside one line of text: line breaks and other control characters, and the two noncharacters XML refuses. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]/;
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;
/** A UTF-16 surrogate without its pair: no character, and no encoding (UTF-8, a URL, XML) can write it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What keeps a title from being one line of text, if anything. */
export function textFault(text: string): 'a line break' | 'a control character' | 'a lone UTF-16 surrogate' | undefined {
  return LINE_BREAK.test(text) ? 'a line break' : CONTROL.test(text) ? 'a control character' : LONE_SURROGATE.test(text) ? 'a lone UTF-16 surrogate' : undefined;
}

/** Text any encoding can write: a lone surrogate U+FFFD (the replacement character), the rest as it is. */
export function wellFormed(text: string): string {
  return text.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\ufffd');
}

/** A title as one line of text: a line break (with the spaces around it) or a tab one space, other control characters dropped, a lone surrogate U+FFFD. */
export function plainText(text: string): string {
  return text
    .replace(/[ \t]*[\n\r\u0085\u2028\u2029][\s\u0085]*|\t/g, ' ')
    .replace(new RegExp(CONTROL.source, 'g'), '')
    .replace(new RegExp(LONE_SURROGATE.source, 'g'), '\ufffd')
    .trim();

}

/** Text a reader would see nothing of: only whitespace and invisible format characters (a zero-width space, a bidi mark). */
export function isBlank(text: string): boolean {
  return !/[^\s\p{Cf}]/u.test(text);
}
