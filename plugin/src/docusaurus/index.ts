/**
 * docusaurus-plugin-classification: the Docusaurus lifecycle, wiring the
 * steps — the registry is read (loadContent), the options translated
 * (contentLoaded), the pages read into one snapshot (allContentLoaded) that
 * the pages' compiles and the outputs read, the files written (postBuild).
 */
import path from 'node:path';
import {generatedFile} from '../outputs/files';
import {NEW_LABEL, PLUGIN_NAME} from '../model/names';
import {builtIn, translateContent, translationFiles, type ClassificationContent} from '../model/i18n';
import {today} from '../model/versions';
import {disclaimerData, disclaimersFile, publishDisclaimers} from '../outputs/disclaimers';
import {writeComponentsModule} from '../outputs/components';
import {writeLevelStylesheet, writeReaderStylesheet} from '../outputs/css';
import {writeChangesFeed} from '../outputs/feed';
import {writeClassificationJson} from '../outputs/json';
import {readerScript} from '../outputs/reader-script';
import {cacheDir} from '../read/cache';
import {Reader} from '../read/reader';
import {readRegistry} from '../read/registry';
import {collect} from '../forms';
import {publish, snapshotOf, type Instance} from './all-content';
import {registerCli, reportOrCapture} from './cli';
import {anchorsMaintainCase, checkDocusaurusVersion, readerStorageOf} from './compat';
import {announceSnapshots, snapshotFile} from './hand-off';
import {claimOutputs, isFirstInstance} from './instances';
import {admonitionKeywords, checkNames} from './site-config';
import {webpackConfig} from './webpack';
import type {Registry} from '../model/item';
import type {PluginOptions} from '../model/options';
import type {AllContent} from '../site/pages';
import type {Snapshot} from '../site/snapshot';
import type {LoadContext, Plugin} from '@docusaurus/types';

export default function pluginClassification(context: LoadContext, options: PluginOptions): Plugin<ClassificationContent> {
  const {siteDir, siteConfig, baseUrl, i18n, generatedFilesDir} = context;
  const readerStorage = readerStorageOf(context);
  checkDocusaurusVersion(siteDir);
  const keywords = admonitionKeywords(siteConfig);
  checkNames(options, keywords);
  claimOutputs(siteDir, options.id, {indexRoute: options.indexRoute, outputFile: options.outputFile});
  const snapshotsDir = generatedFile(generatedFilesDir, 'snapshots');
  announceSnapshots(snapshotsDir);
  const maintainCase = anchorsMaintainCase(context);
  // Replaced by their translation in contentLoaded(), before the pages are read.
  let content: ClassificationContent = {taxonomy: {levels: options.levels, kinds: options.kinds}, indexTitle: options.indexTitle, newLabel: NEW_LABEL};
  // Reading needs no translated text: the locales of a build share what was read.
  const reader = new Reader({
    markdown: siteConfig.markdown,
    taxonomy: content.taxonomy,
    anchorsMaintainCase: maintainCase,
    admonitionKeywords: keywords,
    siteDir,
    collect,
    cacheFile: path.join(cacheDir(siteDir), `${options.id}-${i18n.currentLocale}.json`),
  });
  let registry: {registry: Registry; hash: string} | undefined;
  let snapshot: Snapshot | undefined;
  /** Under `docusaurus start` (webpack in development mode): content problems go to the pages' compiles, as an MDX error does. */
  let dev = false;
  // Every level's colour tokens and rules, for the built-in levels and the site's own; what the reader control hides.
  const levelsCss = writeLevelStylesheet(generatedFilesDir, options.id, options.levels);
  const readerCss = writeReaderStylesheet(generatedFilesDir);
  // The module pages import the components from (the same for every instance).
  const componentsFile = writeComponentsModule(generatedFilesDir);
  const registryFile = options.registry === undefined ? undefined : path.resolve(siteDir, options.registry);
  const problemsInOverlay = () => dev && options.onInvalidContent === 'throw';

  return {
    name: PLUGIN_NAME,
    // Docusaurus resolves these from the package's entry, lib/index.js.
    getThemePath: () => '../lib/theme',
    getTypeScriptThemePath: () => '../src/theme',
    getClientModules: () => [path.resolve(__dirname, '../theme/classification.css'), levelsCss, readerCss],
    getPathsToWatch: () => (registryFile ? [registryFile] : []),
    getTranslationFiles: ({content: loaded}) => translationFiles(loaded),
    translateContent: ({content: loaded, translationFiles: files}) => translateContent(loaded, files, i18n.currentLocale),
    getDefaultCodeTranslationMessages: async () => builtIn(i18n.currentLocale)?.code ?? {},
    extendCli: registerCli,
    // Before the first paint, what the reader chose to hide (once per site, whatever its instances).
    injectHtmlTags: () => (isFirstInstance(siteDir, options.id) ? {headTags: [{tagName: 'script', innerHTML: readerScript(readerStorage)}]} : {}),
    configureWebpack: (config, isServer) => {
      dev ||= config.mode === 'development';
      const files = {disclaimersFile: disclaimersFile(generatedFilesDir), componentsFile, snapshotFile: snapshotFile(snapshotsDir, options.id)};
      return webpackConfig({registryFile, ...files, isServer, pluginId: options.id});
    },

    async loadContent() {
      // Read here, not in the constructor: `docusaurus start` reruns loadContent() when the file changes.
      if (registryFile) {
        const loaded = await readRegistry(registryFile, {levels: options.levels, kinds: options.kinds});
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
      const instance: Instance = {siteDir, baseUrl, options, reader, snapshotsDir};
      const {taxonomy, newLabel, indexTitle} = content;
      const settings = {
        pluginId: options.id,
        defaultLevel: options.defaultLevel,
        includeStable: options.includeStable,
        notices: options.notices,
        onInvalidContent: options.onInvalidContent,
        anchorsMaintainCase: maintainCase,
        linkBadges: options.linkBadges,
        newLabel,
        readerStorage,
        ...(options.maxPreviewAge ? {maxPreviewAge: options.maxPreviewAge} : {}),
        ...(options.newFor !== undefined ? {newFor: options.newFor} : {}),
        problemsInOverlay: problemsInOverlay(),
      };
      snapshot = await snapshotOf(allContent as AllContent, instance, {settings, taxonomy, registry, today: today()});
      await publish(snapshot, actions, instance, indexTitle);
    },

    async postBuild({outDir}) {
      if (options.outputFile !== false && snapshot) {
        await writeClassificationJson(outDir, options.outputFile, snapshot);
      }
      if (options.indexRoute !== false && snapshot) {
        const {url: siteUrl} = siteConfig;
        await writeChangesFeed(outDir, snapshot, {siteUrl, baseUrl, indexRoute: options.indexRoute, indexTitle: content.indexTitle, locale: i18n.currentLocale});
      }
    },
  };
}
