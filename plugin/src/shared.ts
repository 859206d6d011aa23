/**
 * State the Docusaurus plugin hands to the remark plugin. No Docusaurus API
 * passes plugin options to remark plugins, and both run in the same Node
 * process (the plugin's constructor and allContentLoaded() run before any
 * MDX file is compiled), so the plugin publishes its normalized options and
 * the index here. Without the plugin, the remark plugin uses its own options.
 */
import type {Severity} from './options';
import type {ClassificationIndex} from './indexing';
import type {LinkTargets} from './links';
import type {Registry} from './registry';
import type {Taxonomy} from './taxonomy';

export interface SharedState {
  taxonomy: Taxonomy;
  onInvalidContent: Severity;
  anchorsMaintainCase: boolean;
  includeStable: boolean;
  /** The site index, once allContentLoaded() has built it. */
  index?: ClassificationIndex;
  /** The registry (`registry` option), once loaded. */
  registry?: Registry;
  /** Docs version of each scanned file, when the docs have several. */
  versions?: Map<string, string>;
  /** What Markdown links point to, for link badges; unset when they are off. */
  links?: LinkTargets;
  /** Files whose problems the index scan already reported. */
  reported: Set<string>;
}

const KEY = Symbol.for('docusaurus-plugin-classification');

type Holder = {[KEY]?: SharedState};

export function publish(state: SharedState): void {
  (globalThis as Holder)[KEY] = state;
}

export function published(): SharedState | undefined {
  return (globalThis as Holder)[KEY];
}
