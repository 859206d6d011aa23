/**
 * What the plugin reads from the site's own configuration: the admonition
 * keywords of its content plugins, which no level or kind may be named after
 * (a level `note` would turn every note admonition into an item).
 */
import {admonitionKeywordsOf} from '../upstream/docusaurus';
import {PLUGIN_NAME} from '../model/names';
import type {Taxonomy} from '../model/taxonomy';
import type {DocusaurusConfig} from '@docusaurus/types';

type PluginEntry = string | false | null | undefined | [unknown, unknown?] | ((...args: never[]) => unknown);

function entry(config: PluginEntry): [string, Record<string, unknown>] | undefined {
  if (typeof config === 'string') {
    return [config, {}];
  }
  if (Array.isArray(config) && typeof config[0] === 'string') {
    return [config[0], (config[1] ?? {}) as Record<string, unknown>];
  }
  return undefined;
}

/** The `admonitions` option of every content plugin the site configures (the classic preset's included). */
function admonitionOptions(siteConfig: Pick<DocusaurusConfig, 'presets' | 'plugins'>): unknown[] {
  const found: unknown[] = [];
  for (const [name, options] of (siteConfig.presets as PluginEntry[]).map(entry).filter((value) => value !== undefined)) {
    // `classic`, `@docusaurus/preset-classic`, or a path resolved to it.
    if (/(^|[/\\-])classic$|preset-classic([/\\]|$)/.test(name)) {
      for (const key of ['docs', 'blog', 'pages']) {
        const plugin = options[key] as Record<string, unknown> | false | undefined;
        if (plugin !== false) {
          found.push(plugin?.admonitions);
        }
      }
    }
  }
  for (const [name, options] of (siteConfig.plugins as PluginEntry[]).map(entry).filter((value) => value !== undefined)) {
    if (/content-(docs|blog|pages)([/\\]|$)/.test(name)) {
      found.push(options.admonitions);
    }
  }
  return found;
}

/**
 * Every admonition keyword of the site: Docusaurus's defaults (always: a
 * content plugin the site adds in a way not read here has them) and every
 * keyword its content plugins add.
 */
export function admonitionKeywords(
  siteConfig: Pick<DocusaurusConfig, 'presets' | 'plugins'> | undefined,
): string[] {
  const options = siteConfig ? admonitionOptions(siteConfig) : [];
  const keywords = [true, ...options].filter((option) => option !== false).flatMap((option) => admonitionKeywordsOf(option ?? true));
  return [...new Set(keywords)];
}

/** A level or kind named like one of the site's admonitions is an option error naming both. */
export function checkNames(taxonomy: Taxonomy, keywords: readonly string[]): void {
  const named = [
    ...taxonomy.levels.map((level) => ['level', level.id] as const),
    ...taxonomy.kinds.map((kind) => ['kind', kind.id] as const),
  ];
  for (const [what, id] of named) {
    if (keywords.includes(id)) {
      throw new Error(
        `${PLUGIN_NAME}: ${what} "${id}" clashes with the site's admonition keyword "${id}" (:::${id} is a Docusaurus admonition); pick another name, e.g. "${id}-${what}"`,
      );
    }
  }
}
