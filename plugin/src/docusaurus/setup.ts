/**
 * What an instance sets up when the site loads it: its options checked
 * against the site, the files it writes once (stylesheets, the components
 * module), where its snapshot goes, and its reader of pages.
 */
import fs from 'node:fs';
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
import {PLUGIN_NAME, type ReaderStorage} from '../model/names';
import type {PluginOptions} from '../model/options';
import type {RegistrySource} from '../model/sources';
import type {LoadContext} from '@docusaurus/types';

export interface SetUp extends Instance {
  /** The registry's files and sources, their paths absolute (a glob expanded). */
  registrySources?: RegistrySource[];
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
    ...(options.registry === undefined ? {} : {registrySources: resolveSources(siteDir, options.registry)}),
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

/**
 * The registry's files and sources with absolute paths, each path once; a
 * `*` in a file name (`etc/*.api.json`) stands for the files it matches
 * now, in name order, and one that matches none is an error.
 */
function resolveSources(siteDir: string, sources: readonly RegistrySource[]): RegistrySource[] {
  const resolved = new Map<string, RegistrySource>();
  for (const source of sources) {
    const file = path.resolve(siteDir, source.path);
    const name = path.basename(file);
    if (!name.includes('*')) {
      resolved.set(file, {...source, path: file});
      continue;
    }
    const pattern = new RegExp(`^${name.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    const directory = path.dirname(file);
    const matches = fs.existsSync(directory) ? fs.readdirSync(directory).filter((entry) => pattern.test(entry)).sort() : [];
    if (matches.length === 0) {
      const error = new Error(`${PLUGIN_NAME}: the registry source (${source.type}) "${source.path}" matches no file in ${directory}; write the files there or fix the registry option`);
      error.stack = error.message;
      throw error;
    }
    for (const match of matches) {
      resolved.set(path.join(directory, match), {...source, path: path.join(directory, match)});
    }
  }
  return [...resolved.values()];
}
