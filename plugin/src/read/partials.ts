/**
 * Partials: Markdown files a page imports and renders (`import Shared from
 * './_shared.mdx'` … `<Shared />`). Their items show on every page that
 * renders them, so the index lists them there too, with that page's link.
 */
import path from 'node:path';
import type {Point} from '../model/problems';
import type {Nodes, Parents, Root} from 'mdast' with {'resolution-mode': 'import'};

/** Whether a page's text may import a Markdown file: the scan then reads the page even without items of its own. */
export function mayImportPartial(source: string): boolean {
  return source.includes('import') && /\.mdx?['"]/.test(source);
}

export interface PartialUse {
  /** The imported file. */
  file: string;
  /** How the page names it in its import, for messages: `./_shared.mdx`. */
  written: string;
  /** Where the page renders it, each time. */
  places: Point[];
}

/** The Markdown files a page imports and renders, with where it renders each. */
export function partialUses(tree: Root, hostFile: string, siteDir: string | undefined): PartialUse[] {
  const imported = new Map<string, {file: string; written: string}>();
  for (const node of tree.children) {
    if (node.type !== 'mdxjsEsm') {
      continue;
    }
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type !== 'ImportDeclaration' || typeof statement.source.value !== 'string') {
        continue;
      }
      const written = statement.source.value;
      const file = resolve(written, hostFile, siteDir);
      const local = statement.specifiers.find((specifier) => specifier.type === 'ImportDefaultSpecifier')?.local.name;
      if (file && local) {
        imported.set(local, {file, written});
      }
    }
  }
  if (imported.size === 0) {
    return [];
  }
  const uses = new Map<string, PartialUse>();
  const walk = (parent: Parents): void => {
    for (const node of parent.children as Nodes[]) {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && imported.has(node.name)) {
        const {file, written} = imported.get(node.name)!;
        const use = uses.get(file) ?? {file, written, places: []};
        uses.set(file, use);
        use.places.push({line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1});
      }
      if ('children' in node) {
        walk(node);
      }
    }
  };
  walk(tree);
  return [...uses.values()];
}

/** A relative or `@site/` import of a Markdown file, there or not yet; others (packages, aliases) are not partials. */
function resolve(written: string, hostFile: string, siteDir: string | undefined): string | undefined {
  if (!/\.mdx?$/.test(written)) {
    return undefined;
  }
  const file = written.startsWith('./') || written.startsWith('../')
    ? path.resolve(path.dirname(hostFile), written)
    : written.startsWith('@site/') && siteDir !== undefined
      ? path.join(siteDir, written.slice('@site/'.length))
      : undefined;
  return file;
}
