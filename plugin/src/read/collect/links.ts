/** Links and reference definitions, for link badges: collect() gathers them in its walk. */
import type {Links} from './types';
import type {Nodes, Parents, Root} from 'mdast' with {'resolution-mode': 'import'};

/** Link badges read links outside headings and every reference definition. */
export function gatherLink(node: Nodes, inHeading: boolean, into: Links): void {
  if ((node.type === 'link' || node.type === 'linkReference') && !inHeading) {
    into.links.push(node);
  } else if (node.type === 'definition') {
    into.definitions.set(node.identifier, node.url);
  }
}

/** The links and definitions collect() gathers, for a page that holds nothing else of ours. */
export function collectLinks(tree: Root): Links {
  const found: Links = {links: [], definitions: new Map()};
  const walk = (parent: Parents, inHeading: boolean): void => {
    for (const node of parent.children) {
      gatherLink(node, inHeading, found);
      if ('children' in node) {
        walk(node, inHeading || node.type === 'heading');
      }
    }
  };
  walk(tree, false);
  return found;
}
