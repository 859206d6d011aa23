/**
 * The one hand-off from the plugin to the compiles of its pages. No
 * Docusaurus API passes a plugin's data to remark plugins, so each instance
 * publishes its snapshot, once built (allContentLoaded, before any page
 * compiles), in two places: in this JS realm, keyed by the instance's id,
 * and in a file of the site's generated files. A compile in this realm reads
 * the first; one in another realm (a worker thread of a bundler's loaders)
 * finds no instance there and reads the file, whose folder the plugin names
 * in an environment variable its threads and child processes inherit.
 */
import fs from 'node:fs';
import path from 'node:path';
import {DEFAULT_PLUGIN_ID, PLUGIN_NAME} from '../model/names';
import {writeWhole} from '../read/cache';
import {textOf} from '../site/snapshot-store';
import {viewOf, type SiteView} from '../site/view';
import type {Snapshot} from '../site/snapshot';

const KEY = Symbol.for(PLUGIN_NAME);
/** The folder of the snapshots' files, for a compile in another realm. */
export const SNAPSHOTS_VARIABLE = 'DOCUSAURUS_PLUGIN_CLASSIFICATION_SNAPSHOTS';

type Holder = {[KEY]?: Map<string, Snapshot>};

function published(): Map<string, Snapshot> {
  const holder = globalThis as Holder;
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/** An instance's snapshot file, under the site's generated files. */
export function snapshotFile(snapshotsDir: string, pluginId: string): string {
  return path.join(snapshotsDir, pluginId, 'snapshot.json');
}

/** Names the folder where a site's instances write their snapshots: its threads inherit it. */
export function announceSnapshots(snapshotsDir: string): void {
  process.env[SNAPSHOTS_VARIABLE] = snapshotsDir;
}

/** Publishes an instance's snapshot: in this realm, and in its file for the others. */
export function publishSnapshot(snapshotsDir: string, snapshot: Snapshot): void {
  const {pluginId} = snapshot.settings;
  published().set(pluginId, snapshot);
  writeWhole(snapshotFile(snapshotsDir, pluginId), textOf(snapshot));
}

/** Snapshots read from files, by file: read again when the file changes (a dev reload). */
const fromFiles = new Map<string, {stamp: number; snapshot: Snapshot}>();

/** An instance's snapshot, read from its file. */
export function readSnapshotFile(file: string): Snapshot | undefined {
  const stat = fs.statSync(file, {throwIfNoEntry: false});
  if (!stat) {
    return undefined;
  }
  const cached = fromFiles.get(file);
  if (cached?.stamp === stat.mtimeMs) {
    return cached.snapshot;
  }
  const snapshot = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
  fromFiles.set(file, {stamp: stat.mtimeMs, snapshot});
  return snapshot;
}

/** The snapshots this realm can reach: published here, else the files of the folder the plugin named. */
function reachable(): Map<string, Snapshot> {
  const here = published();
  const dir = process.env[SNAPSHOTS_VARIABLE];
  if (here.size > 0 || !dir || !fs.existsSync(dir)) {
    return here;
  }
  const found = new Map<string, Snapshot>();
  // An instance's folder each; anything else there (a stray file) is not one.
  for (const entry of fs.readdirSync(dir, {withFileTypes: true}).filter((entry) => entry.isDirectory())) {
    const id = entry.name;
    const snapshot = readSnapshotFile(snapshotFile(dir, id));
    if (snapshot) {
      found.set(id, snapshot);
    }
  }
  return found;
}

/**
 * The view of the snapshot a page's compile reads: the instance it names;
 * without a name, the default instance, else the only one. Undefined
 * without the plugin (the remark plugin alone).
 */
export function siteFor(pluginId: string | undefined): SiteView | undefined {
  const all = reachable();
  const found = all.get(pluginId ?? DEFAULT_PLUGIN_ID) ?? (pluginId === undefined && all.size === 1 ? [...all.values()][0] : undefined);
  if (!found && (pluginId !== undefined || all.size > 1)) {
    const ids = [...all.keys()].map((id) => `"${id}"`).join(', ');
    throw new Error(
      pluginId === undefined
        ? `${PLUGIN_NAME}/remark: the site has several plugin instances (${ids}) and none is "${DEFAULT_PLUGIN_ID}"; give the remark plugin {pluginId} to say whose pages these are`
        : `${PLUGIN_NAME}/remark: no plugin instance with id "${pluginId}" (the site has ${ids || 'none'}); add the plugin with {id: '${pluginId}'} to the site's plugins, or fix pluginId`,
    );
  }
  return found && viewOf(found);
}
