/**
 * allContentLoaded(): every page of the content plugins the instance covers
 * is scanned into the index, which the sidebar, link badges, lists, the
 * index page, the CLI and classification.json then read.
 */
import {normalizeUrl} from './docusaurus';
import {cliCapture, reportOrCapture} from './cli';
import {LinkTargets} from './remark/link-targets';
import {docsContentRoots, docsVersions, sourcePages, type AllContent} from './scan/content';
import {releasesOf} from './scan/changes';
import {indexSite} from './scan/site-index';
import {markNew, NewItems} from './scan/new';
import {today} from './scan/stale';
import {globalData, indexPageData, kindLabels, levelLabels} from './site-data';
import {labelsOf} from './scan/changes-text';
import {CHANGES_FEED, CHANGES_PAGE, CHANGES_ROUTE, INDEX_PAGE} from './vocabulary';
import type {ChangesPageData} from './theme-data';
import type {PluginOptions} from './options';
import type {Scanner} from './scan/scanner';
import {problemsInOverlay, type SharedState} from './state';
import {listedLevelIds, type Taxonomy} from './taxonomy';
import type {Plugin} from '@docusaurus/types';

type Actions = Parameters<NonNullable<Plugin['allContentLoaded']>>[0]['actions'];

export async function indexContent(
  allContent: AllContent,
  actions: Actions,
  {siteDir, baseUrl, options, taxonomy, indexTitle, scanner, shared}: {
    siteDir: string;
    baseUrl: string;
    options: PluginOptions;
    taxonomy: Taxonomy;
    indexTitle: string;
    scanner: Scanner;
    shared: SharedState;
  },
): Promise<void> {
  const ids = options.contentPluginIds;
  const pages = sourcePages(allContent, siteDir, ids);
  const release = {versions: docsVersions(allContent, ids), today: today()};
  const {index, problems, stale, pagesWithProblems, partials} = await indexSite({
    pages,
    scanner,
    siteDir,
    taxonomy,
    registry: shared.registry,
    maxPreviewAge: options.maxPreviewAge,
    now: release.today,
    versions: release.versions,
  });
  if (options.newFor !== undefined) {
    markNew({entries: index.entries, pages, versions: release.versions, taxonomy, defaultLevel: options.defaultLevel, newFor: options.newFor, now: release.today});
  }
  shared.newItems = options.newFor === undefined ? undefined : new NewItems(index.entries, pages);
  const listedLevels = listedLevelIds(options.levels);
  const releases = releasesOf({entries: index.entries, pages, versions: release.versions, taxonomy, defaultLevel: options.defaultLevel});
  cliCapture()?.indexes.set(options.id, {
    entries: index.entries,
    listedLevels: [...listedLevels],
    releases,
    labels: labelsOf(taxonomy),
  });
  // Under `docusaurus start`, a page's problems stop its compile (the error overlay shows them); the
  // others are printed. A build, or the first load of the dev server, stops here.
  const inOverlay = problemsInOverlay(shared);
  reportOrCapture(problems, inOverlay ? 'warn' : options.onInvalidContent, 'problems');
  reportOrCapture(stale, options.onStale, 'stale');
  shared.index = index;
  shared.release = release;
  // Files whose problems are reported here (a partial's with the pages that render it): their compiles stay quiet.
  shared.reported = new Set([
    ...pages.filter((page) => !inOverlay || !pagesWithProblems.has(page.filePath)).map((page) => page.filePath),
    ...(inOverlay ? [] : partials),
  ]);
  shared.versions = new Map(pages.filter((page) => page.version).map((page) => [page.filePath, page.version!]));
  shared.links = options.linkBadges
    ? new LinkTargets(index, listedLevels, {
        permalinks: new Map(pages.map((page) => [page.filePath, page.permalink])),
        contentRoots: docsContentRoots(allContent, ids),
        siteDir,
        baseUrl,
      })
    : undefined;
  actions.setGlobalData(globalData(index, taxonomy, shared.newLabel));
  if (options.indexRoute === false) {
    return;
  }
  const data = indexPageData(index, taxonomy, {
    title: indexTitle,
    includeStable: options.includeStable,
    defaultLevel: options.defaultLevel,
    versions: release.versions,
    policyPage: options.policyPage,
    newLabel: shared.newLabel,
  });
  const index_ = normalizeUrl([baseUrl, options.indexRoute]);
  const changes = normalizeUrl([index_, CHANGES_ROUTE]);
  actions.addRoute({
    path: index_,
    component: `@theme/${INDEX_PAGE}`,
    exact: true,
    modules: {data: await actions.createData(`index-${options.id}.json`, JSON.stringify({...data, changes}))},
  });
  // The release view, and its feed (written in postBuild).
  shared.releases = releases;
  const changesData: ChangesPageData = {
    releases,
    levels: levelLabels(taxonomy),
    kinds: kindLabels(taxonomy),
    feed: normalizeUrl([index_, CHANGES_FEED]),
    indexTitle,
    index: index_,
  };
  actions.addRoute({
    path: changes,
    component: `@theme/${CHANGES_PAGE}`,
    exact: true,
    modules: {data: await actions.createData(`changes-${options.id}.json`, JSON.stringify(changesData))},
  });
}
