/**
 * The kinds' disclaimers, rendered once per build (and locale) for the theme:
 * every Alpha/Beta callout shows the same text, so pages do not each compile
 * a copy of it. Raw HTML in the Markdown stays text (see option-markdown).
 */
import {loadEsm} from './esm';
import {optionMarkdown} from './remark/option-markdown';
import type {Taxonomy} from './taxonomy';
import type {DisclaimerData, DisclaimerNode} from './theme-data';
import type {Root} from 'mdast' with {'resolution-mode': 'import'};
import type {Nodes as HastNodes} from 'hast' with {'resolution-mode': 'import'};

/** The data file's name in the plugin's generated data directory. */
export const DISCLAIMERS_FILE = 'disclaimers.json';

/** Elements and text only, without positions: what React renders. */
function plain(node: HastNodes): DisclaimerNode[] {
  if (node.type === 'text') {
    return [{type: 'text', value: node.value}];
  }
  if (node.type === 'element') {
    return [
      {
        type: 'element',
        tagName: node.tagName,
        properties: Object.fromEntries(
          Object.entries(node.properties).filter(
            (entry): entry is [string, string | number | boolean | (string | number)[]] =>
              entry[1] !== null && entry[1] !== undefined && entry[1] !== false,
          ),
        ),
        children: node.children.flatMap(plain),
      },
    ];
  }
  return node.type === 'root' ? node.children.flatMap(plain) : [];
}

export async function disclaimerData(taxonomy: Taxonomy): Promise<DisclaimerData> {
  const esm = await loadEsm();
  const kinds: Record<string, DisclaimerNode[]> = {};
  for (const kind of taxonomy.kinds) {
    if (kind.disclaimer) {
      const tree: Root = {type: 'root', children: optionMarkdown(esm, kind.disclaimer)};
      kinds[kind.id] = plain(esm.toHast(tree));
    }
  }
  return {preview: taxonomy.levels.filter((level) => level.preview).map((level) => level.id), kinds};
}
