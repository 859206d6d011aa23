/**
 * docusaurus-plugin-classification: the Docusaurus lifecycle only. The work
 * lives in collect (items), scan and content (sources), site-index and
 * indexing (the index), registry, stale, remark (rendering), i18n, cli and
 * options (taxonomy and validation).
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import {normalizeUrl} from '@docusaurus/utils';
import {docsContentRoots, docsVersions, sourcePages} from './content';
import {builtIn, translateContent, translationFiles, type ClassificationContent} from './i18n';
import {listedEntries, type ClassificationIndex} from './indexing';
import {LinkTargets, trimSlash} from './links';
import {loadRegistry} from './registry';
import {indexSite} from './site-index';
import {today} from './stale';
import {cliCapture, runCli, type CliOptions} from './cli';
import {reportProblems} from './problems';
import {Scanner} from './scan';
import {disclaimerData, DISCLAIMERS_FILE} from './disclaimers';
import {publish, type SharedState} from './shared';
import type {PluginOptions} from './options';
import type {ClassificationGlobalData, IndexPageData} from './theme-data';
import type {LoadContext, Plugin} from '@docusaurus/types';

export {validateOptions, normalizeOptions, DEFAULT_OPTIONS} from './options';
export {getSwizzleConfig} from './swizzle';
export {builtIn as builtInTranslations, translateContent as translateClassification} from './i18n';
export type {ClassificationContent} from './i18n';
export type {Options, PluginOptions, Severity} from './options';
export {collect, fileTitle} from './collect';
export type {ClassificationItem, Collection, CollectOptions, CollectedItem, ItemForm} from './collect';
export {DEFAULT_KINDS, DEFAULT_LEVELS} from './taxonomy';
export {buildIndex, listedEntries} from './indexing';
export {loadRegistry} from './registry';
export {ageInDays, staleness} from './stale';
export type {Registry, RegistryItem} from './registry';
export {LinkTargets} from './links';
export type {LinkSources} from './links';
export {Scanner} from './scan';
export type {ScanResult} from './scan';
export {formatProblem, ClassificationError} from './problems';
export type {Problem} from './problems';
export type {IndexEntry, ClassificationIndex} from './indexing';
export type {ClassificationGlobalData, DisclaimerData, DisclaimerNode, IndexPageData, KindLabel} from './theme-data';
export type {Level, Kind, KindTable, Taxonomy} from './taxonomy';

/** How ClassificationDisclaimer imports the disclaimers this plugin writes for the site's locale. */
const DISCLAIMERS_MODULE = '@docusaurus-plugin-classification/disclaimers';

/** Theme components compiled MDX imports (the sidebar's wrappers live in the docs layout). */
const CONTENT_COMPONENTS = ['Badge', 'Banner', 'Callout', 'Disclaimer', 'Entries', 'List', 'Matrix', 'Table'].map(
  (name) => path.join(__dirname, 'theme', `Classification${name}`) + path.sep,
);

export default function pluginClassification(
  context: LoadContext,
  options: PluginOptions,
): Plugin<ClassificationContent> {
  const {siteDir, siteConfig, baseUrl, i18n} = context;
  // Replaced by its translation in contentLoaded(), before any page compiles.
  let taxonomy = {levels: options.levels, kinds: options.kinds};
  let indexTitle = options.indexTitle;
  const shared: SharedState = {
    taxonomy,
    onInvalidContent: options.onInvalidContent,
    anchorsMaintainCase: siteConfig.markdown.anchors.maintainCase,
    includeStable: options.includeStable,
    reported: new Set(),
  };
  publish(shared);
  const previewLevels = new Set(options.levels.filter((level) => level.preview).map((level) => level.id));

  /** Preview items only: Stable is the norm and gets no sidebar or link badge. */
  function globalData(index: ClassificationIndex): ClassificationGlobalData {
    const preview = index.entries.filter((entry) => previewLevels.has(entry.level));
    return {
      levels: taxonomy.levels.map(({id, label}) => ({id, label})),
      pages: Object.fromEntries(
        preview
          .filter((entry) => entry.form === 'page')
          // Trailing slash or not, the sidebar looks the page up without it.
          .map((entry) => [trimSlash(entry.permalink), entry.level]),
      ),
    };
  }

  /** Written by contentLoaded(), imported by ClassificationDisclaimer (see configureWebpack()). */
  let disclaimersFile: string | undefined;

  const scanner = new Scanner({markdown: siteConfig.markdown, taxonomy, anchorsMaintainCase: shared.anchorsMaintainCase});
  const registryFile = options.registry === undefined ? undefined : path.resolve(siteDir, options.registry);

  return {
    name: 'docusaurus-plugin-classification',

    getThemePath() {
      return '../lib/theme';
    },
    getTypeScriptThemePath() {
      return '../src/theme';
    },
    getClientModules() {
      return [path.resolve(__dirname, './theme/classification.css')];
    },

    async loadContent() {
      // Read here, not in the constructor: `docusaurus start` reruns loadContent() when the file changes.
      if (registryFile) {
        const source = await fs.readFile(registryFile, 'utf8').catch(() => {
          throw new Error(
            `docusaurus-plugin-classification: the registry file ${registryFile} does not exist; create it or fix the registry option`,
          );
        });
        const loaded = loadRegistry(registryFile, {levels: options.levels, kinds: options.kinds});
        const capture = cliCapture();
        if (capture) {
          capture.problems.push(...loaded.problems);
        } else {
          reportProblems(loaded.problems, options.onInvalidContent);
        }
        shared.registry = loaded.registry;
        scanner.setRegistry(loaded.registry, createHash('sha1').update(source).digest('hex'));
      }
      return {taxonomy, indexTitle};
    },
    getTranslationFiles({content}) {
      return translationFiles(content);
    },
    translateContent({content, translationFiles: files}) {
      return translateContent(content, files, i18n.currentLocale);
    },
    getDefaultCodeTranslationMessages() {
      return builtIn(i18n.currentLocale)?.code ?? {};
    },
    async contentLoaded({content, actions}) {
      ({taxonomy, indexTitle} = content);
      shared.taxonomy = taxonomy;
      disclaimersFile = await actions.createData(DISCLAIMERS_FILE, JSON.stringify(await disclaimerData(taxonomy)));
    },

    extendCli(cli) {
      cli
        .command('classification [siteDir]')
        .description('List the classified items of the site without building it; --check fails on problems')
        .option('--format <format>', 'table, json or markdown (default: table)')
        .option('--kind <kind>', 'only this kind')
        .option('--level <level>', 'only this level (default: the preview levels)')
        .option('--all', 'every level, Stable included')
        .option('--check', 'exit with 1 on any validation error or overdue item')
        .action(async (dir: string | undefined, cliOptions: CliOptions) => {
          await runCli(dir, cliOptions);
        });
    },

    configureWebpack(_config, isServer) {
      const registryRule = registryFile && {
        // A function, not a RegExp: Docusaurus's MDX fallback rule excludes the
        // `include` of every RegExp rule matching .mdx, and this rule has none.
        test: (resource: string) => /\.mdx?$/i.test(resource),
        enforce: 'pre' as const,
        use: [{loader: require.resolve('./registry-loader'), options: {registry: registryFile}}],
      };
      // Only the pages whose components import them load the disclaimers.
      disclaimersFile ??= path.join(context.generatedFilesDir, 'docusaurus-plugin-classification', options.id, DISCLAIMERS_FILE);
      const ownChunks = [...CONTENT_COMPONENTS, disclaimersFile];
      return {
        resolve: {alias: {[DISCLAIMERS_MODULE]: disclaimersFile}},
        ...(registryRule ? {module: {rules: [registryRule]}} : {}),
        // Docusaurus moves modules that half the pages use into one `common`
        // chunk that every page loads. The components classified pages import
        // stay in those pages' chunks instead (as any module used by fewer
        // pages does): pages without items never load them, and the route
        // registry in the main bundle names no extra chunk for each page.
        ...(isServer
          ? {}
          : {
              optimization: {
                splitChunks: {
                  cacheGroups: {
                    common: {
                      test: (module: {nameForCondition?: () => string | null; resource?: string}) => {
                        const resource = module.nameForCondition?.() ?? module.resource;
                        return !resource || !ownChunks.some((start) => resource.startsWith(start));
                      },
                    },
                  },
                },
              },
            }),
      };
    },

    getPathsToWatch() {
      return registryFile ? [registryFile] : [];
    },

    async allContentLoaded({allContent, actions}) {
      const pages = sourcePages(allContent as Parameters<typeof sourcePages>[0], siteDir);
      const {index, problems, stale} = await indexSite({
        pages,
        scanner,
        siteDir,
        taxonomy,
        registry: shared.registry,
        maxPreviewAge: options.maxPreviewAge,
        now: today(),
      });
      const capture = cliCapture();
      if (capture) {
        // `docusaurus classification`: report everything at the end, fail nothing here.
        capture.problems.push(...problems);
        capture.stale.push(...stale);
        capture.entries = index.entries;
        capture.previewLevels = [...previewLevels];
      } else {
        reportProblems(problems, options.onInvalidContent);
        reportProblems(stale, options.onStale);
      }
      shared.reported = new Set(pages.map((page) => page.filePath));
      shared.versions = new Map(pages.filter((page) => page.version).map((page) => [page.filePath, page.version!]));
      shared.index = index;
      shared.links = options.linkBadges
        ? new LinkTargets(index, previewLevels, {
            permalinks: new Map(pages.map((page) => [page.filePath, page.permalink])),
            contentRoots: docsContentRoots(allContent as Parameters<typeof docsContentRoots>[0]),
            siteDir,
            baseUrl,
          })
        : undefined;
      actions.setGlobalData(globalData(index));
      if (options.indexRoute === false) {
        return;
      }
      const data: IndexPageData = {
        title: indexTitle,
        entries: listedEntries(index, taxonomy, options.includeStable),
        levels: taxonomy.levels,
        kinds: taxonomy.kinds.map(({id, label, plural}) => ({id, label, plural})),
        includeStable: options.includeStable,
        matrix: index.entries.filter((entry) => entry.framework || entry.workload),
        versions: docsVersions(allContent as Parameters<typeof docsVersions>[0]),
        ...(options.policyPage ? {policyPage: options.policyPage} : {}),
      };
      const dataPath = await actions.createData(`index-${options.id}.json`, JSON.stringify(data));
      actions.addRoute({
        path: normalizeUrl([baseUrl, options.indexRoute]),
        component: '@theme/ClassificationIndexPage',
        exact: true,
        modules: {data: dataPath},
      });
    },

    async postBuild({outDir}) {
      if (options.outputFile === false || !shared.index) {
        return;
      }
      const file = path.join(outDir, options.outputFile);
      await fs.mkdir(path.dirname(file), {recursive: true});
      await fs.writeFile(file, `${JSON.stringify(shared.index.entries, null, 2)}\n`);
    },
  };
}
