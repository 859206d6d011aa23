/**
 * `::classification-changes{release=2.x kind=api}`: one release's changes
 * (promoted, new, deprecated, removed…) inside any page, e.g. release notes.
 * Without `release`, the latest (in versioned docs, the one the page's own
 * version brought); `release=1.0..2.x` names a pair of docs versions; `kind`
 * keeps one kind's changes.
 */
import type {Message} from '../model/messages';
import {didYouMean} from '../model/problems';
import {kindLabels, levelLabels} from '../model/taxonomy';
import {readLeaf} from '../read/collect/validate';
import {replaceNode} from '../render/jsx';
import {releaseNames, releasesNamed, type Release} from '../site/releases';
import {defineForm} from './form';
import type {PageRender} from '../render/page';
import type {LeafDirective} from 'mdast-util-directive' with {'resolution-mode': 'import'};

export interface FoundChanges {
  node: LeafDirective;
  release?: string;
  kind?: string;
}

const NAME = 'classification-changes';
const ACCEPTS = ['release', 'kind'];

/** A release the site does not have: its releases come from docs versions, registry histories and `since` values. */
function noSuchRelease(release: string, names: readonly string[]): Message {
  return {
    message: `::${NAME} names release "${release}", which the site does not have`,
    expected: names.length > 0 ? `one of ${names.join(', ')}` : 'a release: the site has none yet (no docs versions, registry history or since values)',
    suggestion: names.length > 0 ? didYouMean(release, names) : `remove release=${release} to show the latest once there is one`,
  };
}

/** The latest release a page speaks of: in a docs version, the one that version brought (none for the first); else the site's latest. */
function latest(releases: readonly Release[], version: string | undefined): Release[] {
  return version === undefined ? releases.slice(0, 1) : releases.filter((candidate) => candidate.versions?.to === version);
}

export const changesForm = defineForm<FoundChanges>({
  name: 'changes',
  directive: {name: NAME, type: 'leafDirective'},
  components: ['Releases'],
  collect(context, node) {
    const directive = node as LeafDirective;
    const {attributes, at, valid} = readLeaf(context, directive, ACCEPTS, ['kind']);
    if (attributes.release !== undefined) {
      // Whether the site has it, only the site can tell: the snapshot asks resolve() below.
      context.refer('changes', attributes.release, at);
    }
    return valid ? {node: directive, release: attributes.release, kind: attributes.kind} : undefined;
  },
  resolve: (release, {releases}) => (releasesNamed(releases, release).length > 0 ? undefined : noSuchRelease(release, releaseNames(releases))),
  render,
});

function render(page: PageRender, {node, release, kind}: FoundChanges): void {
  const all = page.site?.snapshot.releases ?? [];
  const chosen = release === undefined ? latest(all, page.version) : releasesNamed(all, release);
  const releases = chosen.map((entry) => ({...entry, changes: entry.changes.filter((change) => kind === undefined || change.kind === kind)}));
  // In a page, a release is a section under the page's own headings, which may show it twice: no ids.
  replaceNode(node, page.block('Releases', {releases, levels: levelLabels(page.taxonomy), kinds: kindLabels(page.taxonomy), headingLevel: 3, anchored: false}));
}
