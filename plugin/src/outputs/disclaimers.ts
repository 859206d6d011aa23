/**
 * The kinds' disclaimers, rendered once per build (and locale) for the theme:
 * every Alpha/Beta callout shows the same text, so pages do not each compile
 * a copy of it. Raw HTML in the Markdown stays text (see option-markdown).
 */
import {loadEsm} from '../upstream/esm';
import {noticeFor, phaseLevelIds, type Taxonomy} from '../model/taxonomy';
import {optionMarkdown} from '../render/option-markdown';
import {generatedFile, writeIfChanged} from './files';
import type {DisclaimerData, DisclaimerNode} from './data';
import type {Root} from 'mdast' with {'resolution-mode': 'import'};
import type {Nodes as HastNodes} from 'hast' with {'resolution-mode': 'import'};

/** Each site's disclaimers module (its path) → plugin instance id → that instance's disclaimers. */
const published = new Map<string, Map<string, DisclaimerData>>();

/** The module ClassificationDisclaimer imports: one per site, every plugin instance's disclaimers in it. */
export function disclaimersFile(generatedFilesDir: string): string {
  return generatedFile(generatedFilesDir, 'disclaimers.json');
}

/**
 * Adds an instance's disclaimers to its site's module. Instances load their
 * content concurrently: each writes the module, synchronously, with every
 * instance's data so far, so the last one to write leaves them all.
 */
export function publishDisclaimers(generatedFilesDir: string, pluginId: string, data: DisclaimerData): void {
  const file = disclaimersFile(generatedFilesDir);
  const site = published.get(file) ?? new Map<string, DisclaimerData>();
  published.set(file, site.set(pluginId, data));
  writeIfChanged(file, JSON.stringify(Object.fromEntries(site)));
}

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
  const data: DisclaimerData = {texts: [], notices: {}, tables: {}};
  const numbers = new Map<string, number>();
  const number = (markdown: string): number => {
    let at = numbers.get(markdown);
    if (at === undefined) {
      const tree: Root = {type: 'root', children: optionMarkdown(esm, markdown)};
      at = data.texts.push(plain(esm.toHast(tree))) - 1;
      numbers.set(markdown, at);
    }
    return at;
  };
  const hasPreview = phaseLevelIds(taxonomy.levels, 'preview').size > 0;
  for (const kind of taxonomy.kinds) {
    const notices: Record<string, number> = {};
    for (const level of taxonomy.levels) {
      const text = noticeFor(kind, level);
      if (text) {
        notices[level.id] = number(text);
      }
    }
    if (Object.keys(notices).length > 0) {
      data.notices[kind.id] = notices;
    }
    if (hasPreview && kind.disclaimer) {
      data.tables[kind.id] = number(kind.disclaimer);
    }
  }
  return data;
}
