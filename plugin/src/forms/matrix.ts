/** `::classification-matrix{kind=model}`: items by their scope (model classes by framework × workload), Stable ones included. */
import {directiveSubject} from '../model/messages';
import {findKind, levelLabels} from '../model/taxonomy';
import {checkAttributes, checkKnown, pointOf, stringAttributes, written} from '../read/collect/validate';
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
    const attributes = stringAttributes(directive);
    const at = pointOf(directive);
    const subject = directiveSubject(written(directive));
    let valid = checkAttributes(context, subject, directive, attributes, ACCEPTS, at);
    valid = checkKnown(context, 'kind', attributes.kind, subject, at) && valid;
    return valid ? {node: directive, kind: attributes.kind} : undefined;
  },
  render,
});

function render(page: PageRender, {node, kind}: FoundMatrix): void {
  const entries = scopedEntries(page.site?.snapshot.entries ?? [], kind);
  const corner = kind === undefined ? undefined : findKind(page.taxonomy, kind)?.label;
  replaceNode(node, page.block('Matrix', {entries, levels: levelLabels(page.taxonomy), corner}));
}
