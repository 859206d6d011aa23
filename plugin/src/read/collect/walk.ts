/**
 * The one collector. It walks an mdast tree (as parsed by Docusaurus, before
 * any transform), hands each node to the form that claims it, and returns
 * the items with their final ids, what the other forms found, and the
 * problems. The remark plugin renders what it returns; the reader indexes
 * what it returns: both run it with the same forms (forms/index.ts), so the
 * page and the index agree by construction.
 */
import path from 'node:path';
import {loadEsm} from '../../upstream/esm';
import {needsTwoColons, notAForm} from '../../model/messages';
import {Context} from './context';
import {plainText} from '../../model/text';
import {bannerIndex, pageTitle} from './front-matter';
import {gatherLink} from './links';
import {pointOf, written} from './validate';
import type {CollectedItem, Collection, CollectOptions, Directive} from './types';
import type {Heading, Nodes, Parents, Root} from 'mdast' with {'resolution-mode': 'import'};

/**
 * A form as the reader sees it: what it claims of a page, and what it finds
 * there. An item form adds its items to `context.ids` (they get their ids
 * once the page is read); another form returns what it found.
 */
export interface FormReader<F = unknown> {
  /** Its name: an item's `form`, or the name its findings carry. */
  readonly name: string;
  /** Its own directive (`::classification-table`): the walk hands it the nodes of that name and type. */
  readonly directive?: {readonly name: string; readonly type: Directive['type']};
  /** For forms without a directive of their own: whether this node is theirs (the item forms, by type and place). */
  claims?(node: Nodes, parent: Parents, context: Context): boolean;
  /** Reads a node it claimed. `previous` is the node before it in its parent. */
  collect?(context: Context, node: Nodes, parent: Parents, previous: Nodes | undefined): F | undefined;
  /** Reads the page as a whole (its front matter), before the walk. */
  collectPage?(context: Context, tree: Root): void;
}

/** The forms a walk hands nodes to: by their own directive's name, or by asking. */
export interface FormSet {
  readonly forms: readonly FormReader[];
  /** Own directive name → the form of that name and type. */
  readonly byDirective: ReadonlyMap<string, FormReader>;
  /** The forms that claim nodes themselves, in order. */
  readonly claiming: readonly FormReader[];
}

export function formSet(forms: readonly FormReader[]): FormSet {
  return {
    forms,
    byDirective: new Map(forms.filter((form) => form.directive).map((form) => [form.directive!.name, form])),
    claiming: forms.filter((form) => form.claims),
  };
}

export async function collect(tree: Root, options: CollectOptions, forms: FormSet): Promise<Collection> {
  const esm = await loadEsm();
  const context = new Context(esm, options, plainText(pageTitle(tree, options.frontMatter, esm, options.fallbackTitle)));
  for (const form of forms.forms) {
    form.collectPage?.(context, tree);
  }
  if (options.headings) {
    context.chooseRegistryHeadings(headingsOf(tree));
  }
  walk(context, forms, tree);
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
function walk(context: Context, forms: FormSet, parent: Parents, inHeading = false): void {
  const {children} = parent;
  for (let index = 0; index < children.length; index += 1) {
    const node = children[index]!;
    const directive = isDirective(node) ? node : undefined;
    const own = directive === undefined ? undefined : forms.byDirective.get(directive.name);
    const ours = own !== undefined || (directive !== undefined && context.itemNames.has(directive.name));
    if (directive && ours) {
      context.collection.directives.push(directive);
    }
    let form = own?.directive?.type === node.type ? own : claimer(forms, node, parent, context);
    // A plain heading a registry item names is that item's heading (site/registry-pages.ts).
    if (!form && node.type === 'heading' && context.asRegistryHeading(node)) {
      form = claimer(forms, node, parent, context);
    }
    if (form) {
      const found = form.collect?.(context, node, parent, index === 0 ? undefined : children[index - 1]);
      if (found !== undefined) {
        context.collection.found.push({form: form.name, value: found});
      }
    } else if (directive && ours) {
      // Named like ours, written in no form's way: `::beta`, `:::classification-table`.
      context.report(own ? needsTwoColons(written(directive), directive.name) : notAForm(written(directive), directive.name), pointOf(directive));
    } else if (node.type === 'heading') {
      context.plainHeading(node, pointOf(node));
    } else {
      gatherLink(node, inHeading, context.collection);
    }
    if ('children' in node) {
      walk(context, forms, node, inHeading || node.type === 'heading');
    }
  }
}

/** The page's headings, in document order. */
function headingsOf(parent: Parents, found: Heading[] = []): Heading[] {
  for (const node of parent.children) {
    if (node.type === 'heading') {
      found.push(node);
    } else if ('children' in node) {
      headingsOf(node, found);
    }
  }
  return found;
}

/** The form that claims a node itself, if one does. */
function claimer(forms: FormSet, node: Nodes, parent: Parents, context: Context): FormReader | undefined {
  return forms.claiming.find((candidate) => candidate.claims!(node, parent, context));
}

function isDirective(node: Nodes): node is Directive {
  return node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective';
}

/** Title fallback of both callers: the file name. */
export function fileTitle(filePath: string | undefined): string {
  return filePath ? path.basename(filePath, path.extname(filePath)) : '';
}
