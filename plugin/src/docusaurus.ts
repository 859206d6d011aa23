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
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type * as Utils from '@docusaurus/utils';
import type * as Validation from '@docusaurus/utils-validation';
import type * as LoggerModule from '@docusaurus/logger';

const PACKAGE = 'docusaurus-plugin-classification';
/** The oldest Docusaurus the plugin runs on: `allContentLoaded`, which builds the index, is 3.2's. */
export const MINIMUM_DOCUSAURUS = '3.2.0';

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
export const logger = requireFromCore<typeof LoggerModule>('@docusaurus/logger').default;

function parts(version: string): number[] {
  return (/^(\d+)\.(\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
}

/** Whether `version` is at least `minimum` (prereleases of a version count as that version). */
export function atLeast(version: string, minimum: string): boolean {
  const [have, need] = [parts(version), parts(minimum)];
  for (let index = 0; index < 3; index += 1) {
    if (have[index] !== need[index]) {
      return (have[index] ?? 0) > (need[index] ?? 0);
    }
  }
  return true;
}

/** How the site installs packages, from its lockfile. */
function installCommand(siteDir: string): string {
  const packages = '@docusaurus/core@latest @docusaurus/preset-classic@latest';
  if (fs.existsSync(path.join(siteDir, 'pnpm-lock.yaml'))) {
    return `pnpm add ${packages}`;
  }
  if (fs.existsSync(path.join(siteDir, 'yarn.lock'))) {
    return `yarn add ${packages}`;
  }
  return `npm install ${packages}`;
}

/** Refuses, in one line, a Docusaurus older than the plugin runs on. */
export function checkDocusaurusVersion(siteDir: string, version = core.version): void {
  if (!atLeast(version, MINIMUM_DOCUSAURUS)) {
    const error = new Error(
      `${PACKAGE} needs Docusaurus ${MINIMUM_DOCUSAURUS} or newer, and this site has ${version}: upgrade it with \`${installCommand(siteDir)}\` (and every other @docusaurus/* package to the same version).`,
    );
    // The line says all: frames would only bury it.
    error.stack = error.message;
    throw error;
  }
}
