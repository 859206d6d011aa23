/**
 * The remark plugin: add it to `beforeDefaultRemarkPlugins` of docs, blog
 * and pages. It runs `collect()` on the freshly parsed tree and turns what it
 * found into theme components; it leaves every directive it does not own
 * alone.
 */
import {DEFAULT_PARSE_FRONT_MATTER} from '../docusaurus';
import {collect, collectLinks, fileTitle, mayClassify} from '../collect';
import {loadEsm} from '../esm';
import {normalizeOptions, type Options, type Severity} from '../options';
import {formatProblem, reportProblems} from '../problems';
import {admonitionKeywords, checkNames} from '../site-config';
import {instanceFor, type SharedState} from '../state';
import {DEFAULT_PLUGIN_ID} from '../vocabulary';
import {importComponents} from './jsx';
import {badgeLinks} from './link-badges';
import {Renderer} from './render';
import type {Registry} from '../scan/registry';
import type {Taxonomy} from '../taxonomy';
import type {Root} from 'mdast' with {'resolution-mode': 'import'};
import type {VFile} from 'vfile' with {'resolution-mode': 'import'};

/**
 * Options of the remark plugin. With the Docusaurus plugin, give at most
 * `pluginId`: the `id` of the plugin instance whose taxonomy and index the
 * pages use, when the site has several (default: `'default'`). Alone, the
 * taxonomy options; the kinds' disclaimers are not compiled into pages: the
 * theme's ClassificationDisclaimer shows the Docusaurus plugin's.
 */
type RemarkOptions = Pick<Options, 'levels' | 'kinds' | 'onInvalidContent'> & {
  /** `markdown.anchors.maintainCase` of the site. (default: false) */
  anchorsMaintainCase?: boolean;
  /** The Docusaurus plugin instance these pages belong to. (default: `'default'`) */
  pluginId?: string;
};

interface Settings {
  taxonomy: Taxonomy;
  onInvalidContent: Severity;
  anchorsMaintainCase: boolean;
  registry?: Registry;
  /** The Docusaurus plugin's state, when the plugin runs. */
  shared?: SharedState;
  /** The plugin instance, when it is not the default one. */
  pluginId?: string;
}

function settingsFrom(options: RemarkOptions | undefined): () => Settings {
  const {pluginId, ...own} = options ?? {};
  const standalone = Object.keys(own).length > 0 ? ownSettings(own) : undefined;
  // Read at transform time: the Docusaurus plugin publishes its state after
  // this factory may already have run.
  return () => {
    const shared = instanceFor(pluginId);
    if (standalone) {
      // Its own taxonomy; the plugin's index, links and reports, when it runs.
      return {...standalone, shared};
    }
    if (shared) {
      return {...shared, shared, pluginId: shared.pluginId === DEFAULT_PLUGIN_ID ? undefined : shared.pluginId};
    }
    return defaultSettings();
  };
}

/** The remark plugin's own taxonomy options, validated once. */
function ownSettings(own: Omit<RemarkOptions, 'pluginId'>): Settings {
  const normalized = normalizeOptions({levels: own.levels, kinds: own.kinds, onInvalidContent: own.onInvalidContent});
  const taxonomy = {levels: normalized.levels, kinds: normalized.kinds};
  checkNames(taxonomy, admonitionKeywords(undefined));
  return {taxonomy, onInvalidContent: normalized.onInvalidContent, anchorsMaintainCase: own.anchorsMaintainCase ?? false};
}

let defaults: Settings | undefined;

/** The remark plugin alone, without options: the default taxonomy, validated once. */
function defaultSettings(): Settings {
  if (!defaults) {
    const normalized = normalizeOptions({});
    defaults = {
      taxonomy: {levels: normalized.levels, kinds: normalized.kinds},
      onInvalidContent: normalized.onInvalidContent,
      anchorsMaintainCase: false,
    };
  }
  return defaults;
}

async function frontMatterOf(tree: Root, file: VFile): Promise<Record<string, unknown>> {
  const given = file.data.frontMatter;
  if (given && typeof given === 'object') {
    return given as Record<string, unknown>;
  }
  const yaml = tree.children.find((node) => node.type === 'yaml');
  if (!yaml) {
    return {};
  }
  const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({
    filePath: file.path ?? '',
    fileContent: `---\n${yaml.value}\n---\n`,
  });
  return frontMatter;
}

function remarkClassification(options?: RemarkOptions) {
  const settings = settingsFrom(options);
  return async (tree: Root, file: VFile): Promise<void> => {
    const esm = await loadEsm();
    const {taxonomy, onInvalidContent, anchorsMaintainCase, registry, shared, pluginId} = settings();
    // No text (a tree run without its source): collect() decides, as it always did.
    const source =
      typeof file.value === 'string' ? file.value : file.value === undefined ? undefined : new TextDecoder().decode(file.value);
    // Docusaurus gives the front matter it parsed (and leaves it in the text); without it, the tree's.
    const frontMatter = await frontMatterOf(tree, file);
    if (source !== undefined && !mayClassify(source, frontMatter, taxonomy)) {
      // Most pages of a site: nothing to collect, at most links to badge.
      if (shared?.links && badgeLinks(esm, collectLinks(tree), taxonomy, shared.links, file.path)) {
        tree.children.unshift(importComponents(['Badge']));
      }
      return;
    }
    const collection = await collect(tree, {
      taxonomy,
      frontMatter,
      anchorsMaintainCase,
      fallbackTitle: fileTitle(file.path),
      source,
      registry,
    });
    const alreadyReported = shared !== undefined && file.path !== undefined && shared.reported.has(file.path);
    if (!alreadyReported) {
      reportProblems(
        collection.problems.map((problem) => formatProblem(problem, file.path)),
        onInvalidContent,
      );
    }
    const renderer = new Renderer(esm, taxonomy, shared, pluginId);
    renderer.render(collection, tree, file.path);
    if (shared?.links && badgeLinks(esm, collection, taxonomy, shared.links, file.path)) {
      renderer.used.add('Badge');
    }
    if (renderer.used.size > 0) {
      tree.children.unshift(importComponents(renderer.used));
    }
  };
}

// eslint-disable-next-line @typescript-eslint/no-namespace
namespace remarkClassification {
  export type Options = RemarkOptions;
}

// `export =`: the module itself is the plugin, so an ESM `import x from
// 'docusaurus-plugin-classification/remark'` gets the function, not a
// `{default}` namespace object.
export = remarkClassification;
