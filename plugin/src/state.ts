/**
 * State the Docusaurus plugin hands to the remark plugin. No Docusaurus API
 * passes plugin options to remark plugins, and both run in the same Node
 * process (the plugin's constructor and allContentLoaded() run before any
 * MDX file is compiled), so the plugin publishes its normalized options and
 * the index here, keyed by the instance's id: a site with two instances (two
 * taxonomies, two index routes) gives each docs plugin the remark plugin of
 * its own with `{pluginId}`. Without the plugin, the remark plugin uses its
 * own options.
 */
import {PLUGIN_NAME} from './vocabulary';
import type {Severity} from './options';
import type {ClassificationIndex} from './scan/indexing';
import type {LinkTargets} from './remark/link-targets';
import type {Registry} from './scan/registry';
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

const KEY = Symbol.for(PLUGIN_NAME);

type Holder = {[KEY]?: Map<string, SharedState>};

/** The default plugin instance id, as Docusaurus gives it. */
export const DEFAULT_PLUGIN_ID = 'default';

function instances(): Map<string, SharedState> {
  const holder = globalThis as Holder;
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/** The state of the plugin instance `pluginId` (its `id` option), for its remark plugin. */
export function publish(pluginId: string, state: SharedState): void {
  instances().set(pluginId, state);
}

export function published(pluginId: string = DEFAULT_PLUGIN_ID): SharedState | undefined {
  return instances().get(pluginId);
}
