/**
 * docusaurus-plugin-classification: the Docusaurus lifecycle only. Items are
 * found by collect/, the site is read and indexed by scan/, pages are
 * rendered by remark/ into the components of theme/.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {indexContent} from './all-content';
import {registerCli, reportOrCapture} from './cli';
import {disclaimerData, disclaimersFile, publishDisclaimers} from './disclaimers';
import {writeLevelStylesheet} from './colors';
import {writeChangesFeed} from './changes-output';
import {checkDocusaurusVersion} from './docusaurus';
import {builtIn, translateContent, translationFiles, type ClassificationContent} from './i18n';
import {readRegistry} from './scan/registry';
import {Scanner} from './scan/scanner';
import {admonitionKeywords, checkNames} from './site-config';
import {claimOutputs, isFirstInstance, problemsInOverlay, publish, type SharedState} from './state';
import {readerScript, writeReaderStylesheet} from './reader';
import {NEW_LABEL, PLUGIN_NAME, READER_STORAGE_KEY} from './vocabulary';
import {webpackConfig, writeComponentsModule} from './webpack';
import type {PluginOptions} from './options';
import type {AllContent} from './scan/content';
import type {LoadContext, Plugin} from '@docusaurus/types';

export {validateOptions} from './options';
export {getSwizzleConfig} from './swizzle';
export type {ClassificationContent} from './i18n';
export type {Options, PluginOptions, Severity} from './options';
export type {ClassificationItem, ItemForm} from './collect';
export type {IndexEntry} from './scan/indexing';
export type {ChangesPageData, ClassificationGlobalData, DisclaimerData, DisclaimerNode, IndexPageData, KindLabel} from './theme-data';
export type {Change, ChangeKind, Release} from './scan/changes';
export type {HideablePhase, Level, Kind, KindTable, Taxonomy} from './taxonomy';

export default function pluginClassification(context: LoadContext, options: PluginOptions): Plugin<ClassificationContent> {
  const {siteDir, siteConfig, baseUrl, i18n} = context;
  // `siteConfig.storage` (Docusaurus 3.5+): its type, and the namespace Docusaurus appends to keys.
  const siteStorage = (context as {siteStorage?: {type: 'localStorage' | 'sessionStorage'; namespace: string}}).siteStorage;
  const readerStorage = {type: siteStorage?.type ?? 'localStorage', key: `${READER_STORAGE_KEY}${siteStorage?.namespace ?? ''}`} as const;
  checkDocusaurusVersion(siteDir);
  const keywords = admonitionKeywords(siteConfig);
  checkNames(options, keywords);
  claimOutputs(siteDir, options.id, {indexRoute: options.indexRoute, outputFile: options.outputFile});
  // Replaced by its translation in contentLoaded(), before any page compiles.
  let taxonomy = {levels: options.levels, kinds: options.kinds};
  let indexTitle = options.indexTitle;
  let newLabel = NEW_LABEL;
  const shared: SharedState = {
    pluginId: options.id,
    taxonomy,
    onInvalidContent: options.onInvalidContent,
    // `markdown.anchors` is 3.3's: before it, heading ids keep no case.
    anchorsMaintainCase: siteConfig.markdown.anchors?.maintainCase ?? false,
    includeStable: options.includeStable,
    notices: options.notices,
    readerStorage,
    reported: new Set(),
  };
  publish(options.id, shared);
  const scanner = new Scanner({markdown: siteConfig.markdown, taxonomy, anchorsMaintainCase: shared.anchorsMaintainCase, admonitionKeywords: keywords, siteDir});
  // Every level's colour tokens and rules, for the built-in levels and the site's own.
  const levelsCss = writeLevelStylesheet(context.generatedFilesDir, options.id, options.levels);
  const readerCss = writeReaderStylesheet(context.generatedFilesDir);
  // The module pages import the components from (the same for every instance).
  const componentsFile = writeComponentsModule(context.generatedFilesDir);
  const registryFile = options.registry === undefined ? undefined : path.resolve(siteDir, options.registry);

  return {
    name: PLUGIN_NAME,
    getThemePath: () => '../lib/theme',
    getTypeScriptThemePath: () => '../src/theme',
    getClientModules: () => [path.resolve(__dirname, './theme/classification.css'), levelsCss, readerCss],
    getPathsToWatch: () => (registryFile ? [registryFile] : []),
    getTranslationFiles: ({content}) => translationFiles(content),
    translateContent: ({content, translationFiles: files}) => translateContent(content, files, i18n.currentLocale),
    getDefaultCodeTranslationMessages: async () => builtIn(i18n.currentLocale)?.code ?? {},
    extendCli: registerCli,
    // Before the first paint, what the reader chose to hide (once per site, whatever its instances).
    injectHtmlTags: () => (isFirstInstance(siteDir, options.id) ? {headTags: [{tagName: 'script', innerHTML: readerScript(readerStorage)}]} : {}),
    configureWebpack: (config, isServer) => {
      // Reloads of `docusaurus start` report content problems in the pages' compiles.
      shared.dev ||= config.mode === 'development';
      return webpackConfig({
        registryFile,
        disclaimersFile: disclaimersFile(context.generatedFilesDir),
        componentsFile,
        isServer,
        pluginId: options.id,
      });
    },

    async loadContent() {
      // Read here, not in the constructor: `docusaurus start` reruns loadContent() when the file changes.
      if (registryFile) {
        const loaded = await readRegistry(registryFile, {levels: options.levels, kinds: options.kinds});
        // Under `docusaurus start`, the pages that mention the registry show its problems (registry-loader).
        reportOrCapture(loaded.problems, problemsInOverlay(shared) ? 'warn' : options.onInvalidContent, 'problems');
        shared.registry = loaded.registry;
        scanner.setRegistry(loaded.registry, loaded.hash);
      }
      return {taxonomy, indexTitle, newLabel};
    },
    async contentLoaded({content}) {
      ({taxonomy, indexTitle, newLabel} = content);
      shared.taxonomy = taxonomy;
      shared.newLabel = newLabel;
      publishDisclaimers(context.generatedFilesDir, options.id, await disclaimerData(taxonomy));
    },

    allContentLoaded: ({allContent, actions}) =>
      indexContent(allContent as AllContent, actions, {siteDir, baseUrl, options, taxonomy, indexTitle, scanner, shared}),

    async postBuild({outDir}) {
      if (options.outputFile !== false && shared.index) {
        const file = path.join(outDir, options.outputFile);
        await fs.mkdir(path.dirname(file), {recursive: true});
        await fs.writeFile(file, `${JSON.stringify(shared.index.entries, null, 2)}\n`);
      }
      if (options.indexRoute !== false && shared.releases) {
        await writeChangesFeed(outDir, shared.releases, {siteUrl: siteConfig.url, baseUrl, indexRoute: options.indexRoute, indexTitle, taxonomy, locale: i18n.currentLocale});
      }
    },
  };
}
