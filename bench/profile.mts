/**
 * The plugin's own share of a build's sampled CPU: `node --cpu-prof` on
 * `docusaurus.mjs build` writes one profile per thread and per child process
 * (workers and forks inherit the flag); a sample is the plugin's when any
 * frame of its stack lies under the plugin's folder (so micromark called by
 * the reader is the plugin's). Idle samples count for no one.
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: {functionName: string; url: string; lineNumber: number};
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface CpuShare {
  /** Sampled CPU of every thread, idle left out, ms. */
  total: number;
  /** Of it, the samples with a frame of the plugin, ms. */
  plugin: number;
  /** How many profiles (threads and processes) were read. */
  profiles: number;
  /** The plugin's time by its outermost frame (where the build entered the plugin), ms, largest first. */
  entries: [string, number][];
}

/** A frame's file, from the profile's URL (`file:///…` for ES modules, a path or nothing otherwise). */
function fileOf(url: string): string {
  return url.startsWith('file://') ? fileURLToPath(url) : url;
}

/** Reads every `.cpuprofile` in `dir` and splits its samples between the plugin (frames under `pluginDir`) and the rest. */
export function cpuShare(dir: string, pluginDir: string): CpuShare {
  const own = `${fs.realpathSync(pluginDir)}${path.sep}`;
  const share: CpuShare = {total: 0, plugin: 0, profiles: 0, entries: []};
  const entries = new Map<string, number>();
  for (const name of fs.readdirSync(dir).filter((file) => file.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as CpuProfile;
    share.profiles += 1;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    // The outermost plugin frame of each node's stack, found top-down (the root comes first).
    const entryOf = new Map<number, string | undefined>();
    const pending: [ProfileNode, string | undefined][] = [[profile.nodes[0]!, undefined]];
    while (pending.length > 0) {
      const [node, entry] = pending.pop()!;
      const {functionName, url, lineNumber} = node.callFrame;
      const file = fileOf(url);
      const here = entry ?? (file.startsWith(own) ? `${functionName || '(anonymous)'} ${path.relative(own, file)}:${lineNumber + 1}` : undefined);
      entryOf.set(node.id, here);
      for (const child of node.children ?? []) {
        pending.push([byId.get(child)!, here]);
      }
    }
    profile.samples.forEach((id, index) => {
      if (byId.get(id)!.callFrame.functionName === '(idle)') {
        return;
      }
      const time = Math.max(0, profile.timeDeltas[index] ?? 0) / 1000;
      share.total += time;
      const entry = entryOf.get(id);
      if (entry !== undefined) {
        share.plugin += time;
        entries.set(entry, (entries.get(entry) ?? 0) + time);
      }
    });
  }
  share.entries = [...entries].sort((a, b) => b[1] - a[1]);
  return share;
}
