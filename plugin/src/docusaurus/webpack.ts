/** The plugin's webpack (or Rspack) configuration: the registry loader, the disclaimers and components modules, and chunks. */
import {COMPONENTS_MODULE, DISCLAIMERS_MODULE} from '../model/names';
import type {RegistrySource} from '../model/sources';
import type {Taxonomy} from '../model/taxonomy';
import type {Plugin} from '@docusaurus/types';

/** What the registry loader (registry-loader.ts) is given. */
export interface RegistryLoaderOptions {
  /** The registry's files and sources. */
  registry: readonly RegistrySource[];
  /** The plugin instance's id: its snapshot says which pages the registry names. */
  pluginId: string;
  taxonomy: Taxonomy;
  /** Under `docusaurus start` with `onInvalidContent: 'throw'`: the registry's problems go to the error overlay. */
  overlay: boolean;
}

type Configuration = ReturnType<NonNullable<Plugin['configureWebpack']>>;
type Module = {nameForCondition?: () => string | null; resource?: string};

export function webpackConfig({
  registry,
  disclaimersFile,
  componentsFile,
  isServer,
}: {
  /** The registry loader's options, for a site with a registry. */
  registry?: RegistryLoaderOptions;
  disclaimersFile: string;
  componentsFile: string;
  isServer: boolean;
}): Configuration {
  const registryRule = registry && {
    // A function, not a RegExp: Docusaurus's MDX fallback rule excludes the
    // `include` of every RegExp rule matching .mdx, and this rule has none.
    test: (resource: string) => /\.mdx?$/i.test(resource),
    enforce: 'pre' as const,
    use: [{loader: require.resolve('./registry-loader'), options: registry}],
  };
  const isComponentsModule = (module: Module) => (module.nameForCondition?.() ?? module.resource) === componentsFile;
  return {
    resolve: {alias: {[DISCLAIMERS_MODULE]: disclaimersFile, [COMPONENTS_MODULE]: componentsFile}},
    ...(registryRule ? {module: {rules: [registryRule]}} : {}),
    // Docusaurus moves modules that half the pages use into one `common`
    // chunk that every page loads: the components module stays in the
    // chunks of the pages with items (pages without never load it).
    ...(isServer ? {} : {optimization: {splitChunks: {cacheGroups: {common: {test: (module: Module) => !isComponentsModule(module)}}}}}),
  };
}
