/**
 * A site's instances of the plugin: the first writes what the site needs
 * once (the reader's script), and no two may write the same route or file.
 */
import {PLUGIN_NAME} from '../model/names';
import {changesFeedFile} from '../outputs/feed';

/** Per site: what each instance writes (its route, its file), to refuse two instances writing the same. */
const claims = new Map<string, Map<string, string>>();
/** Per site: its first instance, which writes what the site needs once. */
const firstInstances = new Map<string, string>();

/** Whether `pluginId` is the site's first instance of the plugin. */
export function isFirstInstance(siteDir: string, pluginId: string): boolean {
  return firstInstances.get(siteDir) === pluginId;
}

/**
 * Claims a site's route and output files for an instance: another instance's
 * claim of the same route or option value, or any claim of the same file
 * (classification.json, the changes feed), is an error naming both.
 */
export function claimOutputs(siteDir: string, pluginId: string, {indexRoute, outputFile}: {indexRoute: string | false; outputFile: string | false}): void {
  const site = claims.get(siteDir) ?? new Map<string, string>();
  claims.set(siteDir, site);
  if (!firstInstances.has(siteDir)) {
    firstInstances.set(siteDir, pluginId);
  }
  for (const [option, value] of Object.entries({indexRoute, outputFile})) {
    const owner = value === false ? undefined : site.get(`${option}\0${value}`);
    if (owner !== undefined && owner !== pluginId) {
      throw new Error(`${PLUGIN_NAME}: instances "${owner}" and "${pluginId}" both have ${option} "${value}"; give the instance "${pluginId}" another ${option}`);
    }
    if (value !== false) {
      site.set(`${option}\0${value}`, pluginId);
    }
  }
  // Files in the build folder, whatever writes them (paths compare without case, as some file systems do).
  const files: [string, string][] = [];
  if (indexRoute !== false) {
    files.push([`the changes feed of the instance "${pluginId}"`, changesFeedFile(indexRoute)]);
  }
  if (outputFile !== false) {
    files.push([`outputFile of the instance "${pluginId}"`, outputFile]);
  }
  for (const [what, file] of files) {
    const key = `file\0${file.toLowerCase()}`;
    const owner = site.get(key);
    if (owner !== undefined && owner !== what) {
      throw new Error(`${PLUGIN_NAME}: ${what} and ${owner} are one file, ${file}; give outputFile another path (or the instance another indexRoute)`);
    }
    site.set(key, what);
  }
}
