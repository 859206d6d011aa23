/**
 * Option texts (disclaimers, table cells and footnotes) are Markdown. They
 * are parsed once and copied per use; raw HTML in them is shown as text,
 * never parsed as markup.
 */
import type {Esm} from '../upstream/esm';
import type {PhrasingContent, RootContent} from 'mdast' with {'resolution-mode': 'import'};

const cache = new Map<string, string>();

/**
 * The blocks of an option text, a fresh copy each call (later plugins mutate
 * nodes). The cache holds JSON: parsing it is the cheapest copy.
 */
export function optionMarkdown(esm: Esm, text: string): RootContent[] {
  let json = cache.get(text);
  if (json === undefined) {
    const tree = esm.fromMarkdown(text);
    esm.visit(tree, (node) => {
      if (node.type === 'html') {
        Object.assign(node, {type: 'text'});
      }
      // Positions in the option's text, not in a page: no use to messages,
      // and every later stage would copy them.
      delete node.position;
    });
    json = JSON.stringify(tree.children);
    cache.set(text, json);
  }
  return JSON.parse(json) as RootContent[];
}

/** The inline content of an option text (a table cell). */
export function optionPhrasing(esm: Esm, text: string): PhrasingContent[] {
  return optionMarkdown(esm, text).flatMap((node) => (node.type === 'paragraph' ? node.children : []));
}
