/**
 * A page's render: what collect() found, handed to the form that found it
 * (forms/), then the reader control, the link badges and the import of the
 * components the page uses.
 */
import {importComponents} from './jsx';
import {badgeLinks} from './link-badges';
import {addReaderControl} from './reader-control';
import type {ComponentName} from '../model/components';
import type {PageRender} from './page';
import type {Collection, Links} from '../read/collect/types';
import type {Nodes} from 'mdast' with {'resolution-mode': 'import'};

/** The components a page gets besides its forms': the reader control, and link badges. */
export const PAGE_COMPONENTS = ['ReaderControl', 'Badge'] as const satisfies readonly ComponentName[];

/** What the render asks of a form: turn what it found into theme components, in place. */
export interface FormRenderer {
  readonly name: string;
  render(page: PageRender, found: never): void;
}

/** Renders every form of the page, in place: items first (their sections), then the rest. */
export function renderPage(collection: Collection, page: PageRender, renderers: ReadonlyMap<string, FormRenderer>): void {
  quietRejected(collection);
  const render = (form: string, found: unknown) => (renderers.get(form)!.render as (page: PageRender, found: unknown) => void)(page, found);
  for (const collected of collection.items) {
    render(collected.form, collected);
  }
  addReaderControl(page);
  for (const {form, value} of collection.found) {
    render(form, value);
  }
  finishPage(page, collection);
}

/** Link badges and the import of the components the page renders (a page with nothing of ours gets only its links badged). */
export function finishPage(page: PageRender, links: Links): void {
  const targets = page.site?.links;
  if (targets && badgeLinks(page.esm, links, page.taxonomy, targets, page.filePath)) {
    page.used.add('Badge');
  }
  if (page.used.size > 0) {
    page.tree.children.unshift(importComponents(page.used));
  }
}

/** Directives named like ours that no form accepted: their text stays, and a second warning does not come. */
function quietRejected(collection: Collection): void {
  const accepted = new Set<unknown>([
    ...collection.items.map((entry) => (entry.form === 'heading' ? entry.directive : entry.node)),
    ...collection.found.map((entry) => (entry.value as {node?: Nodes}).node),
  ]);
  for (const node of collection.directives) {
    if (!accepted.has(node)) {
      const tagName = node.type === 'textDirective' ? 'span' : 'div';
      node.data = {...node.data, hName: tagName, hProperties: {className: ['classification-invalid']}};
      if (node.type === 'textDirective' && node.children.length === 0) {
        node.children = [{type: 'text', value: `:${node.name}`}];
      }
    }
  }
}
