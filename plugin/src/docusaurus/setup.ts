/**
 * What an instance sets up when the site loads it: its options checked
 * against the site, the files it writes once (stylesheets, the components
 * module), where its snapshot goes, and its reader of pages.
 */
import path from 'node:path';
import {writeComponentsModule} from '../outputs/components';
import {writeLevelStylesheet, writeReaderStylesheet} from '../outputs/css';
import {generatedFile} from '../outputs/files';
import {cacheDir} from '../read/cache';
import {Reader} from '../read/reader';
import {SnapshotStore} from '../site/snapshot-store';
import {collect, IMPORTED_COMPONENTS} from '../forms';
import {anchorsMaintainCase, checkDocusaurusVersion, readerStorageOf} from './compat';
import {announceSnapshots} from './hand-off';
import {claimOutputs} from './instances';
import {admonitionKeywords, checkNames} from './site-config';
import type {Instance} from './all-content';
import type {ReaderStorage} from '../model/names';
import type {PluginOptions} from '../model/options';
import type {LoadContext} from '@docusaurus/types';

export interface SetUp extends Instance {
  /** The registry's files, absolute. */
  registryFiles?: string[];
  readerStorage: ReaderStorage;
  anchorsMaintainCase: boolean;
  /** The stylesheets and the components module, in the site's generated files. */
  files: {levelsCss: string; readerCss: string; componentsFile: string};
}

export function setUp(context: LoadContext, options: PluginOptions): SetUp {
  const {siteDir, siteConfig, baseUrl, i18n, generatedFilesDir} = context;
  checkDocusaurusVersion(siteDir);
  const keywords = admonitionKeywords(siteConfig);
  checkNames(options, keywords);
  claimOutputs(siteDir, options.id, {indexRoute: options.indexRoute, outputFile: options.outputFile});
  const snapshotsDir = generatedFile(generatedFilesDir, 'snapshots');
  announceSnapshots(snapshotsDir);
  const maintainCase = anchorsMaintainCase(context);
  const cacheFile = (what: string) => path.join(cacheDir(siteDir), `${options.id}-${i18n.currentLocale}${what}`);
  // Reading needs no translated text: the locales of a build share what was read.
  const reader = new Reader({
    markdown: siteConfig.markdown,
    taxonomy: {levels: options.levels, kinds: options.kinds},
    anchorsMaintainCase: maintainCase,
    admonitionKeywords: keywords,
    siteDir,
    collect,
    cacheFile: cacheFile('.json'),
  });
  return {
    siteDir,
    baseUrl,
    options,
    reader,
    store: new SnapshotStore(cacheFile('.snapshot')),
    snapshotsDir,
    ...(options.registry === undefined ? {} : {registryFiles: [...new Set([options.registry].flat().map((file) => path.resolve(siteDir, file)))]}),
    readerStorage: readerStorageOf(context),
    anchorsMaintainCase: maintainCase,
    files: {
      // Every level's colour tokens and rules, for the built-in levels and the site's own; what the reader control hides.
      levelsCss: writeLevelStylesheet(generatedFilesDir, options.id, options.levels),
      readerCss: writeReaderStylesheet(generatedFilesDir),
      // The module pages import the components from (the same for every instance).
      componentsFile: writeComponentsModule(generatedFilesDir, IMPORTED_COMPONENTS),
    },
  };
}
