/**
 * The remark plugin: add it to `beforeDefaultRemarkPlugins` of docs, blog
 * and pages. It collects the forms of the freshly parsed tree (forms/) and
 * renders them with the site's snapshot, which it reads through the
 * hand-off; it leaves every directive it does not own alone.
 */
import {DEFAULT_PARSE_FRONT_MATTER} from '../upstream/docusaurus';
import {loadEsm} from '../upstream/esm';
import {normalizeOptions, type Options} from '../model/options';
import {formatProblem, reportProblems} from '../model/problems';
import {collectLinks} from '../read/collect/links';
import {mayClassify} from '../read/collect/quick-check';
import {fileTitle} from '../read/collect/walk';
import {PageRender} from '../render/page';
import {finishPage, renderPage} from '../render/render';
import {collect, RENDERERS, RESOLVERS} from '../forms';
import {registryReading} from '../site/registry-pages';
import {referenceProblems} from '../site/snapshot';
import {siteFor} from './hand-off';
import {admonitionKeywords, checkNames} from './site-config';
import type {Severity} from '../model/names';
import type {Taxonomy} from '../model/taxonomy';
import type {SiteView} from '../site/view';
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
  /** The site's snapshot, when the Docusaurus plugin runs. */
  site?: SiteView;
}

function settingsFrom(options: RemarkOptions | undefined): () => Settings {
  const {pluginId, ...own} = options ?? {};
  const standalone = Object.keys(own).length > 0 ? ownSettings(own) : undefined;
  // Read at transform time: the Docusaurus plugin publishes its snapshot after this factory ran.
  return () => {
    const site = siteFor(pluginId);
    if (standalone) {
      // Its own taxonomy; the plugin's index, links and reports, when it runs.
      return {...standalone, site};
    }
    if (site) {
      const {taxonomy, settings} = site.snapshot;
      return {taxonomy, onInvalidContent: settings.onInvalidContent, anchorsMaintainCase: settings.anchorsMaintainCase, site};
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
    defaults = {taxonomy: {levels: normalized.levels, kinds: normalized.kinds}, onInvalidContent: normalized.onInvalidContent, anchorsMaintainCase: false};
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
  const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath: file.path ?? '', fileContent: `---\n${yaml.value}\n---\n`});
  return frontMatter;
}

function remarkClassification(options?: RemarkOptions) {
  const settings = settingsFrom(options);
  return async (tree: Root, file: VFile): Promise<void> => {
    const esm = await loadEsm();
    const {taxonomy, onInvalidContent, anchorsMaintainCase, site} = settings();
    // No text (a tree run without its source): collect() decides, as it always did.
    const source = typeof file.value === 'string' ? file.value : file.value === undefined ? undefined : new TextDecoder().decode(file.value);
    // Docusaurus gives the front matter it parsed (and leaves it in the text); without it, the tree's.
    const frontMatter = await frontMatterOf(tree, file);
    const page = new PageRender(esm, taxonomy, tree, site, file.path);
    const plain = source !== undefined && !mayClassify(source, frontMatter, taxonomy);
    // The registry as the compile reads it, and what it names of this page (site/registry-pages.ts): not for a plain page it names nothing of.
    const registry = plain && !(file.path !== undefined && site?.namedByRegistry(file.path)) ? undefined : site?.currentRegistry();
    const named = registry?.registry && site ? site.registryPageOf(file.path, registry.registry) : {};
    if (plain && named.ref === undefined && !named.headings) {
      // Most pages of a site: nothing to collect, at most links to badge.
      if (site?.links) {
        finishPage(page, collectLinks(tree));
      }
      return;
    }
    const documents = site?.documentsOf(file.path);
    const read = ({frontMatter: given, headings}: {frontMatter: Record<string, unknown>; headings?: Readonly<Record<string, string>>}) =>
      collect(tree, {
        ...{taxonomy, frontMatter: given, anchorsMaintainCase, fallbackTitle: fileTitle(file.path), source, registry: registry?.registry},
        ...(documents !== undefined ? {documents} : {}),
        ...(headings ? {headings} : {}),
      });
    // What the page classifies itself decides whether it is the item its doc is the page of.
    const own = plain ? undefined : await read({frontMatter});
    const again = registryReading(own, frontMatter, named);
    const collection = again ? await read(again) : own!;
    // A registry newer than the snapshot may bring the page problems the plugin has not seen: the compile reports them.
    if (!site?.reported(file.path) || registry?.changed) {
      // What the page names (a release) is checked against the site, when the plugin runs.
      const unresolved = site ? referenceProblems(collection.references, file.path ?? '', RESOLVERS, site.snapshot) : [];
      reportProblems([...collection.problems.map((problem) => formatProblem(problem, file.path)), ...unresolved], onInvalidContent);
    }
    renderPage(collection, page, RENDERERS);
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
