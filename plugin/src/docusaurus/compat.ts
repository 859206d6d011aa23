/**
 * What differs between the Docusaurus versions the plugin runs on: the
 * oldest it accepts (refused in one line), and what newer ones add to the
 * load context.
 */
import fs from 'node:fs';
import path from 'node:path';
import {core} from '../upstream/docusaurus';
import {PLUGIN_NAME, READER_STORAGE_KEY, type ReaderStorage} from '../model/names';
import type {LoadContext} from '@docusaurus/types';

/** The oldest Docusaurus the plugin runs on: `allContentLoaded`, which builds the snapshot, is 3.2's. */
export const MINIMUM_DOCUSAURUS = '3.2.0';

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
      `${PLUGIN_NAME} needs Docusaurus ${MINIMUM_DOCUSAURUS} or newer, and this site has ${version}: upgrade it with \`${installCommand(siteDir)}\` (and every other @docusaurus/* package to the same version).`,
    );
    // The line says all: frames would only bury it.
    error.stack = error.message;
    throw error;
  }
}

/** `siteConfig.storage` (Docusaurus 3.5+): its type, and the namespace Docusaurus appends to keys. */
export function readerStorageOf(context: LoadContext): ReaderStorage {
  const siteStorage = (context as {siteStorage?: {type: 'localStorage' | 'sessionStorage'; namespace: string}}).siteStorage;
  return {type: siteStorage?.type ?? 'localStorage', key: `${READER_STORAGE_KEY}${siteStorage?.namespace ?? ''}`};
}

/** `markdown.anchors` is 3.3's: before it, heading ids keep no case. */
export function anchorsMaintainCase(context: LoadContext): boolean {
  return context.siteConfig.markdown.anchors?.maintainCase ?? false;
}
