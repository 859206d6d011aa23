/**
 * A site's instances of the plugin: the first writes what the site needs
 * once (the reader's script), and no two may write the same route or file.
 */
import {PLUGIN_NAME} from '../model/names';

/** Per site: what each instance writes (its route, its file), to refuse two instances writing the same. */
const claims = new Map<string, Map<string, string>>();
/** Per site: its first instance, which writes what the site needs once. */
const firstInstances = new Map<string, string>();

/** Whether `pluginId` is the site's first instance of the plugin. */
export function isFirstInstance(siteDir: string, pluginId: string): boolean {
  return firstInstances.get(siteDir) === pluginId;
}

/** Claims a site's route or output file for an instance: another instance's claim is an error naming both. */
export function claimOutputs(siteDir: string, pluginId: string, outputs: Record<string, string | false>): void {
  const site = claims.get(siteDir) ?? new Map<string, string>();
  claims.set(siteDir, site);
  if (!firstInstances.has(siteDir)) {
    firstInstances.set(siteDir, pluginId);
  }
  for (const [option, value] of Object.entries(outputs)) {
    const owner = value === false ? undefined : site.get(`${option}\0${value}`);
    if (owner !== undefined && owner !== pluginId) {
      throw new Error(`${PLUGIN_NAME}: instances "${owner}" and "${pluginId}" both have ${option} "${value}"; give the instance "${pluginId}" another ${option}`);
    }
    if (value !== false) {
      site.set(`${option}\0${value}`, pluginId);
    }
  }
}
