/**
 * docusaurus-plugin-classification: the Docusaurus lifecycle, wiring the
 * steps — the registry is read (loadContent), the options translated
 * (contentLoaded), the pages read into one snapshot (allContentLoaded) that
 * the pages' compiles and the outputs read, the files written (postBuild).
 */
import path from 'node:path';
import {NEW_LABEL, PLUGIN_NAME} from '../model/names';
import {builtIn, translateContent, translationFiles, type ClassificationContent} from '../model/i18n';
import {today} from '../model/versions';
import {disclaimerData, disclaimersFile, publishDisclaimers} from '../outputs/disclaimers';
import {writeChangesFeed} from '../outputs/feed';
import {writeClassificationJson} from '../outputs/json';
import {readerScript} from '../outputs/reader-script';
import {publish, snapshotOf, snapshotSettings} from './all-content';
import {registerCli, reportOrCapture} from './cli';
import {isFirstInstance} from './instances';
import {setUp} from './setup';
import {webpackConfig} from './webpack';
import type {Registry} from '../model/item';
import type {PluginOptions} from '../model/options';
import type {AllContent} from '../site/pages';
import type {Snapshot} from '../site/snapshot';
import type {LoadContext, Plugin} from '@docusaurus/types';

export default function pluginClassification(context: LoadContext, options: PluginOptions): Plugin<ClassificationContent> {
  const {siteDir, siteConfig, baseUrl, i18n, generatedFilesDir} = context;
  const instance = setUp(context, options);
  const {registrySources, readerStorage, files} = instance;
  // Replaced by their translation in contentLoaded(), before the pages are read.
  let content: ClassificationContent = {taxonomy: {levels: options.levels, kinds: options.kinds}, indexTitle: options.indexTitle, newLabel: NEW_LABEL};
  let registry: {registry: Registry; hash: string} | undefined;
  let snapshot: Snapshot | undefined;
  /** Under `docusaurus start` (webpack in development mode): content problems go to the pages' compiles, as an MDX error does. */
  let dev = false;
  const problemsInOverlay = () => dev && options.onInvalidContent === 'throw';

  return {
    name: PLUGIN_NAME,
    // Docusaurus resolves these from the package's entry, lib/index.js.
    getThemePath: () => '../lib/theme',
    getTypeScriptThemePath: () => '../src/theme',
    getClientModules: () => [path.resolve(__dirname, '../theme/classification.css'), files.levelsCss, files.readerCss],
    getPathsToWatch: () => (registrySources ?? []).map((source) => source.path),
    getTranslationFiles: ({content: loaded}) => translationFiles(loaded),
    translateContent: ({content: loaded, translationFiles: translations}) => translateContent(loaded, translations, i18n.currentLocale),
    getDefaultCodeTranslationMessages: async () => builtIn(i18n.currentLocale)?.code ?? {},
    extendCli: registerCli,
    // Before the first paint, what the reader chose to hide (once per site, whatever its instances).
    injectHtmlTags: () => (isFirstInstance(siteDir, options.id) ? {headTags: [{tagName: 'script', innerHTML: readerScript(readerStorage)}]} : {}),
    configureWebpack: (config, isServer) => {
      dev ||= config.mode === 'development';
      const taxonomy = {levels: options.levels, kinds: options.kinds};
      const registry = registrySources === undefined ? undefined : {registry: registrySources, pluginId: options.id, taxonomy, overlay: problemsInOverlay()};
      return webpackConfig({registry, disclaimersFile: disclaimersFile(generatedFilesDir), componentsFile: files.componentsFile, isServer});
    },

    async loadContent() {
      // Read here, not in the constructor: `docusaurus start` reruns loadContent() when the file changes.
      if (registrySources) {
        // Loaded with its YAML parser only by a site that has a registry.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const {readRegistry} = require('../read/registry') as typeof import('../read/registry');
        const loaded = await readRegistry(registrySources, {levels: options.levels, kinds: options.kinds});
        // Under `docusaurus start`, the pages that mention the registry show its problems (registry-loader).
        reportOrCapture(loaded.problems, problemsInOverlay() ? 'warn' : options.onInvalidContent);
        registry = loaded.registry && {registry: loaded.registry, hash: loaded.hash};
      }
      return content;
    },
    async contentLoaded({content: translated}) {
      content = translated;
      publishDisclaimers(generatedFilesDir, options.id, await disclaimerData(content.taxonomy));
    },

    async allContentLoaded({allContent, actions}) {
      const settings = snapshotSettings(options, {...instance, newLabel: content.newLabel, problemsInOverlay: problemsInOverlay()});
      snapshot = await snapshotOf(allContent as AllContent, instance, {settings, taxonomy: content.taxonomy, registry, today: today()});
      await publish(snapshot, actions, instance, content.indexTitle);
    },

    async postBuild({outDir, routesPaths = []}) {
      if (options.outputFile !== false && snapshot) {
        await writeClassificationJson({outDir, routesPaths, baseUrl, trailingSlash: siteConfig.trailingSlash}, options.outputFile, snapshot);
      }
      if (options.indexRoute !== false && snapshot) {
        const feed = {siteUrl: siteConfig.url, baseUrl, indexRoute: options.indexRoute, indexTitle: content.indexTitle, locale: i18n.currentLocale};
        await writeChangesFeed(outDir, snapshot, feed);
      }
    },
  };
}
