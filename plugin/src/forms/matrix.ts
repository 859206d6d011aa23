/**
 * `::classification-matrix{kind=model}`: items by their scope (model classes
 * by framework × workload), Stable ones included. Without a kind, one matrix
 * for each kind with scoped items, as the index page shows them: two kinds'
 * scopes do not share columns.
 */
import {findKind, levelLabels} from '../model/taxonomy';
import {readLeaf} from '../read/collect/validate';
import {replaceNode} from '../render/jsx';
import {scopedEntries} from '../site/entries';
import {defineForm} from './form';
import type {PageRender} from '../render/page';
import type {LeafDirective} from 'mdast-util-directive' with {'resolution-mode': 'import'};

export interface FoundMatrix {
  node: LeafDirective;
  kind?: string;
}

const ACCEPTS = ['kind'];

export const matrixForm = defineForm<FoundMatrix>({
  name: 'matrix',
  directive: {name: 'classification-matrix', type: 'leafDirective'},
  components: ['Matrix'],
  collect(context, node) {
    const directive = node as LeafDirective;
    const {attributes, valid} = readLeaf(context, directive, ACCEPTS, ['kind']);
    return valid ? {node: directive, kind: attributes.kind} : undefined;
  },
  render,
});

function render(page: PageRender, {node, kind}: FoundMatrix): void {
  const entries = page.site?.snapshot.entries ?? [];
  const matrix = (id: string | undefined) =>
    page.block('Matrix', {entries: scopedEntries(entries, id), levels: levelLabels(page.taxonomy), corner: id === undefined ? undefined : findKind(page.taxonomy, id)?.label});
  if (kind !== undefined) {
    replaceNode(node, matrix(kind));
    return;
  }
  const kinds = page.taxonomy.kinds.filter(({id}) => scopedEntries(entries, id).length > 0);
  replaceNode(node, kinds.length === 1 ? matrix(kinds[0]!.id) : page.group('classification-matrices', kinds.map(({id}) => matrix(id))));
}
