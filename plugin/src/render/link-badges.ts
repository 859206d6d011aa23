import {localName} from '../model/components';
import {findLevel, type Taxonomy} from '../model/taxonomy';
import {textElement} from './jsx';
import type {Esm} from '../upstream/esm';
import type {Links} from '../read/collect/types';
import type {LinkTargets} from '../site/links';

/**
 * Link badges: a link (or reference-style link) to an Alpha/Beta page or item
 * gets that level's badge after its text, as MDN marks experimental APIs.
 * Not in headings: the heading has its own badge, and the TOC repeats it.
 * collect() gathers the links and definitions in its walk of the tree
 * (collectLinks() alone, on a page that holds nothing else of ours).
 */
export function badgeLinks(
  esm: Esm,
  {links, definitions}: Links,
  taxonomy: Taxonomy,
  targets: LinkTargets,
  filePath: string | undefined,
): boolean {
  let used = false;
  for (const node of links) {
    const url = node.type === 'link' ? node.url : definitions.get(node.identifier);
    const level = url === undefined ? undefined : findLevel(taxonomy, targets.levelOf(url, filePath) ?? '');
    if (level) {
      node.data = {...node.data, hProperties: {...node.data?.hProperties, 'data-classification-link': level.id}};
      node.children.push(
        textElement(esm, localName('Badge'), {level: level.id, label: level.label, className: 'classification-badge--link'}),
      );
      used = true;
    }
  }
  return used;
}

