/** `::classification-table{kind=api}`: a kind's level-comparison table and its footnotes, from the taxonomy. */
import {missingValue, unknownValue} from '../model/messages';
import {findKind, type Kind} from '../model/taxonomy';
import {readLeaf} from '../read/collect/validate';
import {replaceNode} from '../render/jsx';
import {optionMarkdown, optionPhrasing} from '../render/option-markdown';
import {defineForm} from './form';
import type {PageRender} from '../render/page';
import type {LeafDirective} from 'mdast-util-directive' with {'resolution-mode': 'import'};
import type {Table, TableRow} from 'mdast' with {'resolution-mode': 'import'};

export interface FoundTable {
  node: LeafDirective;
  kind: Kind;
  /** `disclaimer` attribute: print the kind's disclaimer as a note first. */
  disclaimer: boolean;
}

const ACCEPTS = ['kind', 'disclaimer'];

export const tableForm = defineForm<FoundTable>({
  name: 'table',
  directive: {name: 'classification-table', type: 'leafDirective'},
  components: ['Table'],
  collect(context, node) {
    const directive = node as LeafDirective;
    const {attributes, at, subject, valid} = readLeaf(context, directive, ACCEPTS);
    // Required here, unlike the forms that show a slice of the index.
    const kind = attributes.kind === undefined ? undefined : findKind(context.taxonomy, attributes.kind);
    if (!kind) {
      context.report(
        attributes.kind === undefined ? missingValue('kind', context.kindNames, subject) : unknownValue('kind', attributes.kind, context.kindNames, subject),
        at,
      );
      return undefined;
    }
    return valid ? {node: directive, kind, disclaimer: attributes.disclaimer !== undefined} : undefined;
  },
  render,
});

function render(page: PageRender, {node, kind, disclaimer}: FoundTable): void {
  const {esm, taxonomy} = page;
  const rows: TableRow[] = taxonomy.levels
    .filter((level) => kind.table.rows[level.id])
    .map((level) => ({
      type: 'tableRow',
      children: [level.label, ...kind.table.rows[level.id]!].map((cell, column) => ({
        type: 'tableCell',
        children: optionPhrasing(esm, cell),
        // The level names head their rows.
        ...(column === 0 ? {data: {hName: 'th', hProperties: {scope: 'row'}}} : {}),
      })),
    }));
  const header: TableRow = {
    type: 'tableRow',
    children: ['', ...kind.table.columns].map((cell, column) => ({
      type: 'tableCell',
      children: optionPhrasing(esm, cell),
      // The empty corner is a data cell: an empty header cell has no name.
      ...(column === 0 ? {data: {hName: 'td'}} : {data: {hProperties: {scope: 'col'}}}),
    })),
  };
  // mdast-util-to-hast renders as many cells per row as `align` has entries.
  const table: Table = {type: 'table', align: header.children.map(() => null), children: [header, ...rows]};
  const footnotes = kind.table.footnotes.flatMap((text) => optionMarkdown(esm, text));
  replaceNode(node, page.block('Table', {kind: kind.id, disclaimer: disclaimer || undefined, pluginId: page.pluginId}, [table, ...footnotes]));
}
