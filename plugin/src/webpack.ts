/** The plugin's webpack (or Rspack) configuration: the registry loader, the disclaimers module, and chunks. */
import path from 'node:path';
import {COMPONENTS, DISCLAIMERS_MODULE} from './vocabulary';
import type {Plugin} from '@docusaurus/types';

type Configuration = ReturnType<NonNullable<Plugin['configureWebpack']>>;

/** The directories of the components classified pages import. */
const CONTENT_COMPONENTS = Object.values(COMPONENTS).map((name) => path.join(__dirname, 'theme', name) + path.sep);

export function webpackConfig({
  registryFile,
  disclaimersFile,
  isServer,
  pluginId,
}: {
  registryFile?: string;
  disclaimersFile: string;
  isServer: boolean;
  pluginId: string;
}): Configuration {
  const registryRule = registryFile && {
    // A function, not a RegExp: Docusaurus's MDX fallback rule excludes the
    // `include` of every RegExp rule matching .mdx, and this rule has none.
    test: (resource: string) => /\.mdx?$/i.test(resource),
    enforce: 'pre' as const,
    use: [{loader: require.resolve('./scan/registry-loader'), options: {registry: registryFile, pluginId}}],
  };
  // Only the pages whose components import them load the disclaimers.
  const ownChunks = [...CONTENT_COMPONENTS, disclaimersFile];
  return {
    resolve: {alias: {[DISCLAIMERS_MODULE]: disclaimersFile}},
    ...(registryRule ? {module: {rules: [registryRule]}} : {}),
    // Docusaurus moves modules that half the pages use into one `common`
    // chunk that every page loads. The components classified pages import
    // stay in those pages' chunks instead (as any module used by fewer
    // pages does): pages without items never load them, and the route
    // registry in the main bundle names no extra chunk for each page.
    ...(isServer
      ? {}
      : {
          optimization: {
            splitChunks: {
              cacheGroups: {
                common: {
                  test: (module: {nameForCondition?: () => string | null; resource?: string}) => {
                    const resource = module.nameForCondition?.() ?? module.resource;
                    return !resource || !ownChunks.some((start) => resource.startsWith(start));
                  },
                },
              },
            },
          },
        }),
  };
}
