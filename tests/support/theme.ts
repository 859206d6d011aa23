/**
 * The theme components without a site, for renderToStaticMarkup: their
 * sources (plugin/src/theme) bundled by esbuild, with the modules Docusaurus
 * provides at build time replaced by the small stubs in tests/support/stubs,
 * which render the same markup for what the tests read. React stays external,
 * so the components and react-dom/server share one React.
 */
/// <reference path="../../plugin/src/theme-classification.d.ts" />
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {build, type Plugin} from 'esbuild';
import {repoRoot} from './site.ts';

const stubs = path.join(repoRoot, 'tests/support/stubs');
const themeDir = path.join(repoRoot, 'plugin/src/theme');

/** Docusaurus's modules and theme-classic's components the plugin's theme imports → their stub. */
const STUBS: Record<string, string> = {
  '@docusaurus/Translate': 'Translate.ts',
  '@docusaurus/Link': 'Link.tsx',
  '@docusaurus/Head': 'Head.ts',
  '@docusaurus/useBrokenLinks': 'useBrokenLinks.ts',
  '@docusaurus/router': 'router.ts',
  '@docusaurus/useIsomorphicLayoutEffect': 'useIsomorphicLayoutEffect.ts',
  '@docusaurus/useGlobalData': 'useGlobalData.ts',
  '@docusaurus-plugin-classification/disclaimers': 'disclaimers.ts',
  '@theme/Layout': 'Layout.tsx',
  '@theme/Heading': 'Heading.tsx',
  '@theme-init/DocSidebarItem/Link': 'DocSidebarItemLink.tsx',
  '@theme-init/DocSidebarItem/Category': 'DocSidebarItemCategory.tsx',
};

const COMPONENTS = [
  'ClassificationBadge',
  'ClassificationSince',
  'ClassificationMeta',
  'ClassificationCallout',
  'ClassificationStatement',
  'ClassificationRetirement',
  'ClassificationBanner',
  'ClassificationDisclaimer',
  'ClassificationTable',
  'ClassificationEntries',
  'ClassificationList',
  'ClassificationMatrix',
  'ClassificationIndexPage',
  'ClassificationReleases',
  'DocSidebarItem/Link',
  'DocSidebarItem/Category',
] as const;

export interface Theme {
  ClassificationBadge: typeof import('@theme/ClassificationBadge').default;
  ClassificationSince: typeof import('@theme/ClassificationSince').default;
  ClassificationMeta: typeof import('@theme/ClassificationMeta').default;
  ClassificationCallout: typeof import('@theme/ClassificationCallout').default;
  ClassificationBanner: typeof import('@theme/ClassificationBanner').default;
  ClassificationStatement: typeof import('@theme/ClassificationStatement').default;
  ClassificationRetirement: typeof import('@theme/ClassificationRetirement').default;
  ClassificationDisclaimer: typeof import('@theme/ClassificationDisclaimer').default;
  ClassificationTable: typeof import('@theme/ClassificationTable').default;
  ClassificationEntries: typeof import('@theme/ClassificationEntries').default;
  ClassificationList: typeof import('@theme/ClassificationList').default;
  ClassificationMatrix: typeof import('@theme/ClassificationMatrix').default;
  ClassificationIndexPage: typeof import('@theme/ClassificationIndexPage').default;
  ClassificationReleases: typeof import('@theme/ClassificationReleases').default;
  DocSidebarItemLink: typeof import('@theme/DocSidebarItem/Link').default;
  DocSidebarItemCategory: typeof import('@theme/DocSidebarItem/Category').default;
  /** What the components gave the broken-link checker. */
  collected: {anchors: string[]; links: string[]};
  /** The plugins' global data, by plugin name. */
  globalData: Record<string, unknown>;
}

const resolveStubs: Plugin = {
  name: 'docusaurus-stubs',
  setup(bundler) {
    bundler.onResolve({filter: /^@(docusaurus|theme)/}, ({path: specifier}) => {
      const stub = STUBS[specifier];
      if (stub) {
        return {path: path.join(stubs, stub)};
      }
      if (specifier.startsWith('@theme/')) {
        return {path: path.join(themeDir, specifier.slice('@theme/'.length), 'index.tsx')};
      }
      return {errors: [{text: `no stub for ${specifier}: add one to tests/support/stubs`}]};
    });
    // CSS modules: each class name as itself.
    bundler.onResolve({filter: /\.module\.css$/}, ({path: specifier}) => ({path: specifier, namespace: 'css-module'}));
    bundler.onLoad({filter: /.*/, namespace: 'css-module'}, () => ({
      contents: 'export default new Proxy({}, {get: (_, name) => name});',
      loader: 'js',
    }));
  },
};

/** Bundles the theme (about 100 ms) and imports it. */
export async function loadTheme(): Promise<Theme> {
  const entry = [
    ...COMPONENTS.map((name) => `export {default as ${name.replace('/', '')}} from '@theme/${name}';`),
    `export {collected} from '@docusaurus/useBrokenLinks';`,
    `export {globalData} from '@docusaurus/useGlobalData';`,
  ].join('\n');
  // Beside the repository's node_modules, where the bundle's imports of React resolve.
  const outfile = path.join(repoRoot, '.test-output/components/theme.mjs');
  fs.mkdirSync(path.dirname(outfile), {recursive: true});
  await build({
    stdin: {contents: entry, resolveDir: themeDir, loader: 'ts'},
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    jsx: 'automatic',
    tsconfigRaw: {compilerOptions: {jsx: 'react-jsx'}},
    external: ['react', 'react/*', 'react-dom', 'react-dom/*', '@mdx-js/react'],
    plugins: [resolveStubs],
    logLevel: 'silent',
  });
  return (await import(pathToFileURL(outfile).href)) as Theme;
}
