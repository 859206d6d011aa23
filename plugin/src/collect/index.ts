/**
 * The one collector. It recognises every classification form in an mdast
 * tree (as parsed by Docusaurus, before any transform) and returns the items
 * with their final ids, plus the badges, tables and lists to render and the
 * problems found. The remark plugin renders what it returns; the index
 * builder lists what it returns: both call this function, so the page and
 * the index agree by construction. Each form lives in its own module.
 */
import path from 'node:path';
import {loadEsm} from '../esm';
import {findLevel} from '../taxonomy';
import {DIRECTIVE, ownDirectiveNames} from '../vocabulary';
import {visitBadge} from './badge';
import {misplaced, visitLeaf} from './blocks';
import {visitContainer} from './container';
import {Context} from './context';
import {visitHeading} from './heading';
import {gatherLink} from './links';
import {bannerIndex, pageItemOf, pageTitle} from './page-item';
import {isStatement, visitStatement} from './statement';
import type {CollectedItem, Collection, CollectOptions, Directive} from './types';
import type {Nodes, Parents, Root} from 'mdast' with {'resolution-mode': 'import'};

export {collectLinks} from './links';
export {mayClassify} from './quick-check';
export {bannerIndex} from './page-item';
export type * from './types';

export async function collect(tree: Root, options: CollectOptions): Promise<Collection> {
  const esm = await loadEsm();
  const context = new Context(esm, options, pageTitle(tree, options.frontMatter, esm, options.fallbackTitle));
  const page = pageItemOf(context, tree);
  if (page) {
    page.collected.item.title = context.collection.pageTitle;
    context.ids.add(page.collected, page.explicitId);
  }
  walk(context, ownDirectiveNames(options.taxonomy), tree, false);
  const {collection} = context;
  collection.items = context.ids.allocate();
  // Document order, with the page item where its banner goes.
  const bannerAt = tree.children[bannerIndex(tree)]?.position?.start;
  const order = (entry: CollectedItem): [number, number] =>
    entry.form === 'page'
      ? [bannerAt?.line ?? Infinity, 0]
      : [entry.node.position?.start.line ?? 0, entry.node.position?.start.column ?? 0];
  collection.items.sort((a, b) => {
    const [lineA, columnA] = order(a);
    const [lineB, columnB] = order(b);
    return lineA - lineB || columnA - columnB;
  });
  return collection;
}

/**
 * A plain preorder walk (what unist-util-visit does, without its test and
 * parents bookkeeping): it runs on every page Docusaurus compiles.
 */
function walk(context: Context, ours: ReadonlySet<string>, parent: Parents, inHeading: boolean): void {
  const {children} = parent;
  for (let index = 0; index < children.length; index += 1) {
    const node = children[index]!;
    if (node.type === 'heading') {
      visitHeading(context, node);
    } else if (isDirective(node) && ours.has(node.name)) {
      context.collection.directives.push(node);
      const itemName = findLevel(context.taxonomy, node.name) !== undefined || node.name === DIRECTIVE.ref;
      if (node.type === 'leafDirective') {
        visitLeaf(context, node);
      } else if (!itemName) {
        misplaced(context, node);
      } else if (node.type === 'containerDirective') {
        visitContainer(context, node, index === 0 ? undefined : children[index - 1]);
      } else if (parent.type === 'heading') {
        // the heading's item: visitHeading() read it
      } else if (node.name !== DIRECTIVE.ref && isStatement(node)) {
        visitStatement(context, node, parent);
      } else {
        visitBadge(context, node);
      }
    } else {
      gatherLink(node, inHeading, context.collection);
    }
    if ('children' in node) {
      walk(context, ours, node, inHeading || node.type === 'heading');
    }
  }
}

function isDirective(node: Nodes): node is Directive {
  return node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective';
}

/** Title fallback of both callers: the file name. */
export function fileTitle(filePath: string | undefined): string {
  return filePath ? path.basename(filePath, path.extname(filePath)) : '';
}
