/**
 * `<outDir>/classification.json`: every item of the index, as the schema
 * writes an entry; never over a file of the build or a path a route uses.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {PLUGIN_NAME} from '../model/names';
import {DEFAULT_OPTIONS} from '../model/options';
import {jsonEntry} from '../model/schema';
import type {Snapshot} from '../site/snapshot';

/** The build as postBuild finds it: its folder, and the routes Docusaurus rendered into it. */
export interface Build {
  outDir: string;
  /** Every route of the site, base URL included (postBuild's `routesPaths`). */
  routesPaths: readonly string[];
  baseUrl: string;
  /** The site's `trailingSlash`: whether a route's page is `docs/intro/index.html` or `docs/intro.html`. */
  trailingSlash: boolean | undefined;
}

export function classificationJson({entries}: Snapshot): string {
  return `${JSON.stringify(entries.map(jsonEntry), null, 2)}\n`;
}

/**
 * Writes the file, unless a route uses its path or the build wrote it
 * already (issue 25): a page such as index.html, a static file, another
 * plugin's file. Two instances claiming one file are refused when they load
 * (claimOutputs); the option's own spelling, when it is validated.
 */
export async function writeClassificationJson(build: Build, outputFile: string, snapshot: Snapshot): Promise<void> {
  const refuse = (taken: string) =>
    new Error(
      `${PLUGIN_NAME}: outputFile "${outputFile}" would overwrite ${taken}; expected a path in the build folder that no file of the build and no route uses; ` +
        `give outputFile another path, e.g. "${outputFile === DEFAULT_OPTIONS.outputFile ? 'data/classification.json' : DEFAULT_OPTIONS.outputFile}", or false to write no file`,
    );
  const taken = routeTaking(build, outputFile) ?? (await fileTaking(build.outDir, outputFile));
  if (taken !== undefined) {
    throw refuse(taken);
  }
  const file = path.join(build.outDir, outputFile);
  await fs.mkdir(path.dirname(file), {recursive: true});
  try {
    // `wx`: nor over a file another plugin's postBuild wrote since.
    await fs.writeFile(file, classificationJson(snapshot), {flag: 'wx'});
  } catch (error) {
    throw (error as NodeJS.ErrnoException).code === 'EEXIST' ? refuse(wroteAlready(outputFile)) : error;
  }
}

const wroteAlready = (file: string) => `${file}, which the build wrote already (a page, a static file or another plugin's file)`;

/** The page Docusaurus writes for a route (its `pathnameToFilename`), the base URL taken off. */
function pageOf(pathname: string, trailingSlash: boolean | undefined): string {
  if (/\.html?$/i.test(pathname)) {
    return pathname;
  }
  return trailingSlash === false && pathname !== '' && !pathname.endsWith('/') ? `${pathname}.html` : path.posix.join(pathname, 'index.html');
}

/**
 * The page of a route whose page or URL is `outputFile`, or lies inside it
 * (`docs` for /docs/intro), even if not rendered yet. Compared without case:
 * a build folder may be served from a case-insensitive disk.
 */
function routeTaking({routesPaths, baseUrl, trailingSlash}: Build, outputFile: string): string | undefined {
  const file = outputFile.toLowerCase();
  const takes = (used: string) => used === file || used.startsWith(`${file}/`);
  for (const route of routesPaths) {
    if (!`${route}/`.startsWith(baseUrl)) {
      continue;
    }
    const pathname = route.slice(baseUrl.length);
    const page = pageOf(pathname, trailingSlash);
    if (takes(page.toLowerCase()) || takes(pathname.replace(/\/$/, '').toLowerCase())) {
      return `${page}, the page of the route "${route}"`;
    }
  }
  return undefined;
}

/** The file or folder of the build at `outputFile`, or a file where it needs a folder. */
async function fileTaking(outDir: string, outputFile: string): Promise<string | undefined> {
  const segments = outputFile.split('/');
  for (let end = 1; end <= segments.length; end++) {
    const relative = segments.slice(0, end).join('/');
    const stat = await fs.stat(path.join(outDir, relative)).catch(() => undefined);
    if (stat === undefined) {
      return undefined;
    }
    if (!stat.isDirectory()) {
      return wroteAlready(relative);
    }
    if (end === segments.length) {
      return `the folder ${relative}/, which the build wrote already`;
    }
  }
  return undefined;
}
