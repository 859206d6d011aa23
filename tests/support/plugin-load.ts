/**
 * The Docusaurus plugin run as Docusaurus runs it before any page compiles
 * (configureWebpack under `docusaurus start`, loadContent, allContentLoaded),
 * over docs given as files of a site folder: what it adds (routes, data) is
 * kept for the tests to read.
 */
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {DEFAULT_CONFIG} from '@docusaurus/core/lib/server/configValidation.js';
import {normalizeOptions, type Options} from './internals.ts';
import type {LoadContext, RouteConfig} from '@docusaurus/types';

// As Docusaurus loads it: require() and `.default`.
export const pluginClassification = (
  createRequire(import.meta.url)('docusaurus-plugin-classification') as typeof import('docusaurus-plugin-classification')
).default;

export interface DocsVersion {
  /** `current` (the newest, "Next"), or an older version's name. */
  name: string;
  /** The docs, relative to the site; the first one's folder is the version's content folder. */
  files: readonly string[];
  /** Before each doc's permalink, e.g. `/1.0`. (default: none) */
  prefix?: string;
  /** Each file's front matter, as Docusaurus parsed it. */
  frontMatter?: Record<string, Record<string, unknown>>;
}

/** Writes a file of the site (its folders too); gives its path. */
export function writeSiteFile(siteDir: string, name: string, text: string): string {
  const file = path.join(siteDir, name);
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, text);
  return file;
}

export function pluginContext(siteDir: string, baseUrl = '/'): LoadContext {
  return {
    siteDir,
    siteConfig: {...DEFAULT_CONFIG, url: 'https://example.com'},
    baseUrl,
    generatedFilesDir: path.join(siteDir, '.docusaurus'),
    i18n: {currentLocale: 'en', defaultLocale: 'en', locales: ['en']},
  } as unknown as LoadContext;
}

/** The docs plugin's content for these versions, the newest first. */
export function docsContent(siteDir: string, versions: readonly DocsVersion[]) {
  const loadedVersions = versions.map(({name, files, prefix = '', frontMatter = {}}) => {
    const contentPath = path.join(siteDir, path.dirname(files[0] ?? 'docs/x'));
    return {
      versionName: name,
      label: name === 'current' ? 'Next' : name,
      isLast: name === 'current',
      contentPath,
      docs: files.map((file) => {
        const id = path.relative(contentPath, path.join(siteDir, file)).replace(/\.mdx?$/, '');
        return {id, source: `@site/${file}`, permalink: `${prefix}/${id}`, title: path.basename(id), frontMatter: frontMatter[file] ?? {}};
      }),
    };
  });
  return {'docusaurus-plugin-content-docs': {default: {loadedVersions}}};
}

/**
 * A plugin instance loaded over the docs (`files`: the current version's
 * only). `dev`: under `docusaurus start`, which configures webpack in
 * development mode before the content loads again.
 */
export async function loadPlugin(
  siteDir: string,
  options: Options,
  docs: readonly DocsVersion[] | readonly string[],
  {baseUrl, dev = false}: {baseUrl?: string; dev?: boolean} = {},
) {
  const versions = docs.map((entry) => (typeof entry === 'string' ? undefined : entry)).filter((entry) => entry !== undefined);
  const plugin = pluginClassification(pluginContext(siteDir, baseUrl), normalizeOptions(options));
  if (dev) {
    plugin.configureWebpack!({mode: 'development'} as never, false, {} as never, {} as never);
  }
  await plugin.loadContent?.();
  const routes: RouteConfig[] = [];
  const data = new Map<string, string>();
  await plugin.allContentLoaded!({
    allContent: docsContent(siteDir, versions.length > 0 ? versions : [{name: 'current', files: docs as readonly string[]}]),
    actions: {
      addRoute: (route: RouteConfig) => routes.push(route),
      createData: async (name: string, content: string) => {
        data.set(name, content);
        return `/data/${name}`;
      },
      setGlobalData: () => {},
    },
  } as never);
  return {plugin, routes, data};
}
