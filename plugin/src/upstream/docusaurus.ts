/**
 * Docusaurus's own helpers, taken from the copy the site runs: the ones its
 * `@docusaurus/core` depends on. A copy of the plugin's own would be a second
 * Joi beside the site's (Docusaurus 4 refuses to mix schemas of two versions)
 * and could slug headings otherwise than the pages it indexes.
 *
 * `@docusaurus/core` is a peer dependency: resolved from the plugin's own
 * folder, it is the site's (npm hoists it beside the plugin, pnpm links it
 * into the plugin's folder).
 */
import {createRequire} from 'node:module';
import path from 'node:path';
import type * as Utils from '@docusaurus/utils';
import type * as Validation from '@docusaurus/utils-validation';
import type * as LoggerModule from '@docusaurus/logger';

const PACKAGE = 'docusaurus-plugin-classification';

/** The `package.json` of the site's `@docusaurus/core`: from the plugin's folder, else the working directory's. */
function corePackageJson(): string {
  for (const from of [__dirname, process.cwd()]) {
    try {
      return require.resolve('@docusaurus/core/package.json', {paths: [from]});
    } catch {
      // the next place
    }
  }
  throw new Error(`${PACKAGE}: @docusaurus/core is not installed beside the plugin; install the site's dependencies (npm install)`);
}

const corePackage = corePackageJson();
const fromCore = createRequire(corePackage);

/** The site's `@docusaurus/core` version and folder. */
export const core = {
  version: (fromCore(corePackage) as {version: string}).version,
  dir: path.dirname(corePackage),
};

/** A module `@docusaurus/core` itself would load (its dependencies: utils, mdx-loader, …). */
export function requireFromCore<T>(specifier: string): T {
  return fromCore(specifier) as T;
}

const utils = requireFromCore<typeof Utils>('@docusaurus/utils');
export const {
  admonitionTitleToDirectiveLabel,
  createSlugger,
  DEFAULT_PARSE_FRONT_MATTER,
  escapeMarkdownHeadingIds,
  normalizeUrl,
  parseMarkdownHeadingId,
  unwrapMdxCodeBlocks,
} = utils;
export const {Joi} = requireFromCore<typeof Validation>('@docusaurus/utils-validation');
const loggerModule = requireFromCore<typeof LoggerModule>('@docusaurus/logger');
export const logger = loggerModule.default;
/** Docusaurus's timings (`DOCUSAURUS_PERF_LOGGER=true`); not in every version the plugin runs on. */
export const PerfLogger = (loggerModule as Partial<typeof LoggerModule>).PerfLogger;

interface AdmonitionsModule {
  normalizeAdmonitionOptions(options: unknown): {keywords: string[]};
}

/** The keywords of an `admonitions` option of a content plugin (`true`: Docusaurus's defaults), as mdx-loader normalizes it. */
export function admonitionKeywordsOf(option: unknown): string[] {
  return requireFromCore<AdmonitionsModule>('@docusaurus/mdx-loader/lib/remark/admonitions').normalizeAdmonitionOptions(option).keywords;
}
