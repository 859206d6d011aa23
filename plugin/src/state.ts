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
import {DEFAULT_PLUGIN_ID, PLUGIN_NAME} from './vocabulary';
import type {Severity} from './options';
import type {ClassificationIndex} from './scan/indexing';
import type {ReleaseContext} from './scan/retirement';
import type {Release} from './scan/changes';
import type {LinkTargets} from './remark/link-targets';
import type {Registry} from './scan/registry';
import type {Taxonomy} from './taxonomy';
import type {NewItems} from './scan/new';
import type {ReaderStorage} from './reader';

export interface SharedState {
  /** The plugin instance's id. */
  pluginId: string;
  taxonomy: Taxonomy;
  onInvalidContent: Severity;
  anchorsMaintainCase: boolean;
  includeStable: boolean;
  /** Every item shows its notice, or only the first of its kind and level on a page. */
  notices: 'every' | 'first';
  /** Where the reader control keeps what a reader hides: the site's storage and the key in it. */
  readerStorage?: ReaderStorage;
  /** The translated "New" marker. */
  newLabel?: string;
  /** With `newFor`: the release or date a page's item's level began in (file and item id, or registry id and version), when recent. */
  newItems?: NewItems;
  /** The site index, once allContentLoaded() has built it. */
  index?: ClassificationIndex;
  /** The registry (`registry` option), once loaded. */
  registry?: Registry;
  /** Docs version of each scanned file, when the docs have several. */
  versions?: Map<string, string>;
  /** The release view's releases, for the feed. */
  releases?: Release[];
  /** The docs versions and today: whether a retired item is past its removal. */
  release?: ReleaseContext;
  /** What Markdown links point to, for link badges; unset when they are off. */
  links?: LinkTargets;
  /** Files whose problems the index scan already reported. */
  reported: Set<string>;
  /**
   * Under `docusaurus start` (webpack in development mode): content problems
   * are reported by the pages' compiles, so that they show in the browser's
   * error overlay as an MDX error does, instead of stopping the reload.
   */
  dev?: boolean;
}

const KEY = Symbol.for(PLUGIN_NAME);

type Holder = {[KEY]?: Map<string, SharedState>};


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

/**
 * Whether content problems go to the pages' compiles (the dev server's error
 * overlay) rather than stopping the plugin: under `docusaurus start`, when
 * problems are errors.
 */
export function problemsInOverlay(state: SharedState): boolean {
  return state.dev === true && state.onInvalidContent === 'throw';
}

/** Per site: what each instance writes (its route, its file), to refuse two instances writing the same. */
const claims = new Map<string, Map<string, string>>();
/** Per site: its first instance, which writes what the site needs once. */
const firstInstances = new Map<string, string>();

/** Whether `pluginId` is the site's first instance of the plugin. */
export function isFirstInstance(siteDir: string, pluginId: string): boolean {
  return firstInstances.get(siteDir) === pluginId;
}

/** Claims a site's route or output file for an instance: another instance's claim is an error naming both. */
export function claimOutputs(siteDir: string, pluginId: string, outputs: Record<string, string | false>): void {
  const site = claims.get(siteDir) ?? new Map<string, string>();
  claims.set(siteDir, site);
  if (!firstInstances.has(siteDir)) {
    firstInstances.set(siteDir, pluginId);
  }
  for (const [option, value] of Object.entries(outputs)) {
    const owner = value === false ? undefined : site.get(`${option}\0${value}`);
    if (owner !== undefined && owner !== pluginId) {
      throw new Error(
        `${PLUGIN_NAME}: instances "${owner}" and "${pluginId}" both have ${option} "${value}"; give the instance "${pluginId}" another ${option}`,
      );
    }
    if (value !== false) {
      site.set(`${option}\0${value}`, pluginId);
    }
  }
}

/**
 * The state a remark plugin reads: the instance it names; without a name, the
 * default instance, else the only one. Undefined without the plugin.
 */
export function instanceFor(pluginId: string | undefined): SharedState | undefined {
  const all = instances();
  const found = all.get(pluginId ?? DEFAULT_PLUGIN_ID) ?? (pluginId === undefined && all.size === 1 ? [...all.values()][0] : undefined);
  if (!found && (pluginId !== undefined || all.size > 1)) {
    const ids = [...all.keys()].map((id) => `"${id}"`).join(', ');
    throw new Error(
      pluginId === undefined
        ? `${PLUGIN_NAME}/remark: the site has several plugin instances (${ids}) and none is "${DEFAULT_PLUGIN_ID}"; give the remark plugin {pluginId} to say whose pages these are`
        : `${PLUGIN_NAME}/remark: no plugin instance with id "${pluginId}" (the site has ${ids || 'none'}); add the plugin with {id: '${pluginId}'} to the site's plugins, or fix pluginId`,
    );
  }
  return found;
}
