/** `::classification-list{kind=api level=beta}`: the index, or a slice of it, inside any page (Sphinx's `todolist`). */
import {kindLabels, levelLabels} from '../model/taxonomy';
import {readLeaf} from '../read/collect/validate';
import {replaceNode} from '../render/jsx';
import {entriesForList} from '../site/entries';
import {defineForm} from './form';
import type {PageRender} from '../render/page';
import type {LeafDirective} from 'mdast-util-directive' with {'resolution-mode': 'import'};

export interface FoundList {
  node: LeafDirective;
  kind?: string;
  level?: string;
}

const ACCEPTS = ['kind', 'level'];

export const listForm = defineForm<FoundList>({
  name: 'list',
  directive: {name: 'classification-list', type: 'leafDirective'},
  components: ['List'],
  collect(context, node) {
    const directive = node as LeafDirective;
    const {attributes, valid} = readLeaf(context, directive, ACCEPTS, ['kind', 'level']);
    return valid ? {node: directive, kind: attributes.kind, level: attributes.level} : undefined;
  },
  render,
});

function render(page: PageRender, {node, kind, level}: FoundList): void {
  const snapshot = page.site?.snapshot;
  // A list in versioned docs shows its own version's items (and unversioned ones).
  const entries = snapshot?.entries.filter((entry) => entry.version === undefined || entry.version === page.version);
  replaceNode(
    node,
    page.block('List', {
      kind,
      level,
      entries: entries ? entriesForList(entries, page.taxonomy, snapshot!.settings.includeStable, {kind, level}) : [],
      levels: levelLabels(page.taxonomy),
      kinds: kindLabels(page.taxonomy),
      built: Boolean(snapshot),
      newLabel: snapshot?.settings.newLabel,
    }),
  );
}
