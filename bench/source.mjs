/**
 * The registry sources figure, in a plain Node process that loads only the
 * registry's reader (so its peak memory is the reader's and Node's):
 *
 *   node bench/source.mjs FILE
 *
 * reads FILE (TypeDoc's JSON) as a registry source, as a build does, and
 * prints one JSON line: the read's time, the items, and the process's peak
 * RSS before and after it.
 */
import {readRegistry} from '../plugin/lib/read/registry/index.js';
import {normalizeOptions} from '../plugin/lib/model/options.js';

const options = normalizeOptions({registry: [{typedoc: process.argv[2], pages: 'api'}]});
const before = process.resourceUsage().maxRSS / 1024;
const start = performance.now();
const {registry, problems} = await readRegistry(options.registry, {levels: options.levels, kinds: options.kinds});
const ms = performance.now() - start;
console.log(JSON.stringify({ms, items: registry?.items.size ?? 0, problems: problems.length, peakMiB: process.resourceUsage().maxRSS / 1024, startMiB: before}));
