/**
 * allContentLoaded(): the instance's snapshot is built from every page of
 * the content plugins it covers, reported, handed off to the pages'
 * compiles, and turned into the outputs Docusaurus takes now (global data,
 * the index and release view routes); postBuild() writes the files.
 */
import path from 'node:path';
import {normalizeUrl, PerfLogger} from '../upstream/docusaurus';
import {CHANGES_FEED, CHANGES_ROUTE, DEFAULT_PLUGIN_ID, PLUGIN_NAME, type ReaderStorage} from '../model/names';
import {changesPageData, CHANGES_COMPONENT} from '../outputs/changes-page';
import {globalData} from '../outputs/global-data';
import {INDEX_COMPONENT, indexPageData} from '../outputs/index-page';
import {docsContentRoots, docsVersions, sourcePages, type AllContent} from '../site/pages';
import {buildSnapshot, type SnapshotSettings, type Snapshot} from '../site/snapshot';
import {RESOLVERS} from '../forms';
import {cliCapture, reportOrCapture} from './cli';
import {publishSnapshot} from './hand-off';
import type {Registry} from '../model/item';
import type {PluginOptions} from '../model/options';
import type {Taxonomy} from '../model/taxonomy';
import type {Reader} from '../read/reader';
import type {SnapshotStore} from '../site/snapshot-store';
import type {Plugin} from '@docusaurus/types';

type Actions = Parameters<NonNullable<Plugin['allContentLoaded']>>[0]['actions'];

export interface Instance {
  siteDir: string;
  baseUrl: string;
  options: PluginOptions;
  reader: Reader;
  /** Its last snapshot, kept across reloads and builds. */
  store: SnapshotStore<Snapshot>;
  /** Where the instance's snapshot is written for compiles in other realms. */
  snapshotsDir: string;
}

/** What the pages' compiles and the outputs follow of the instance's options, for one load of the site. */
export function snapshotSettings(
  options: PluginOptions,
  {newLabel, readerStorage, anchorsMaintainCase, problemsInOverlay}: {newLabel: string; readerStorage: ReaderStorage; anchorsMaintainCase: boolean; problemsInOverlay: boolean},
): SnapshotSettings {
  return {
    pluginId: options.id,
    defaultLevel: options.defaultLevel,
    includeStable: options.includeStable,
    notices: options.notices,
    onInvalidContent: options.onInvalidContent,
    anchorsMaintainCase,
    linkBadges: options.linkBadges,
    newLabel,
    readerStorage,
    ...(options.maxPreviewAge ? {maxPreviewAge: options.maxPreviewAge} : {}),
    ...(options.newFor !== undefined ? {newFor: options.newFor} : {}),
    problemsInOverlay,
  };
}

/** The snapshot of a load of the site: the pages the instance covers, read and indexed. */
export async function snapshotOf(
  allContent: AllContent,
  {siteDir, baseUrl, options, reader, store}: Instance,
  {settings, taxonomy, registry, today}: {settings: SnapshotSettings; taxonomy: Taxonomy; registry?: {registry: Registry; hash: string}; today: string},
): Promise<Snapshot> {
  const ids = options.contentPluginIds;
  const snapshot = await buildSnapshot({
    settings,
    taxonomy,
    pages: sourcePages(allContent, siteDir, ids),
    reader,
    store,
    ...(registry ? {registry} : {}),
    versions: docsVersions(allContent, ids),
    today,
    contentRoots: docsContentRoots(allContent, ids),
    siteDir,
    baseUrl,
    resolvers: RESOLVERS,
  });
  const {files, read, parsed} = reader.stats;
  // With DOCUSAURUS_PERF_LOGGER=true: how much the reader's cache spared.
  PerfLogger?.log(`${PLUGIN_NAME}${options.id === DEFAULT_PLUGIN_ID ? '' : `@${options.id}`}: ${read} of ${files} files read, ${parsed} parsed (the others from the cache)`);
  return snapshot;
}

/**
 * Reports the snapshot's problems (under `docusaurus start`, a page's go to
 * its compile, the others are printed; a build, or the first load of the dev
 * server, stops here), hands it off, and gives Docusaurus its routes and data.
 */
/**
 * A file createData() wrote, as `@generated/…` (webpack's alias of the
 * generated files folder, in every Docusaurus version): the route registry in
 * every reader's main bundle names it, and the absolute path is long.
 */
function generatedAlias(file: string): string {
  const at = file.lastIndexOf(`${path.sep}${PLUGIN_NAME}${path.sep}`);
  return at < 0 ? file : `@generated/${file.slice(at + 1).split(path.sep).join('/')}`;
}

export async function publish(snapshot: Snapshot, actions: Actions, {options, baseUrl, snapshotsDir}: Instance, indexTitle: string): Promise<void> {
  const captured = cliCapture();
  if (captured) {
    captured.snapshots.set(options.id, snapshot);
  } else {
    reportOrCapture(snapshot.problems, snapshot.settings.problemsInOverlay ? 'warn' : options.onInvalidContent);
    reportOrCapture(snapshot.stale, options.onStale);
  }
  publishSnapshot(snapshotsDir, snapshot);
  actions.setGlobalData(globalData(snapshot));
  if (options.indexRoute === false) {
    return;
  }
  const index = normalizeUrl([baseUrl, options.indexRoute]);
  const changes = normalizeUrl([index, CHANGES_ROUTE]);
  const indexData = indexPageData(snapshot, {title: indexTitle, policyPage: options.policyPage, changes});
  actions.addRoute({
    path: index,
    component: INDEX_COMPONENT,
    exact: true,
    modules: {data: generatedAlias(await actions.createData(`index-${options.id}.json`, JSON.stringify(indexData)))},
  });
  const changesData = changesPageData(snapshot, {feed: normalizeUrl([index, CHANGES_FEED]), indexTitle, index});
  actions.addRoute({
    path: changes,
    component: CHANGES_COMPONENT,
    exact: true,
    modules: {data: generatedAlias(await actions.createData(`changes-${options.id}.json`, JSON.stringify(changesData)))},
  });
}
