/** The plugin's webpack (or Rspack) configuration: the registry loader, the disclaimers module, and chunks. */
import path from 'node:path';
import {COMPONENTS, DISCLAIMERS_MODULE, type ComponentName} from './vocabulary';
import type {Plugin} from '@docusaurus/types';

type Configuration = ReturnType<NonNullable<Plugin['configureWebpack']>>;
type Module = {nameForCondition?: () => string | null; resource?: string};

/** The chunks pages with items share: the item components and disclaimers, and the lists and tables. */
const ITEMS_CHUNK = 'classification';
const LISTS_CHUNK = 'classification-lists';

/** The directories of components, as the pages that import them start with. */
const componentDirs = (names: readonly ComponentName[]) => names.map((name) => path.join(__dirname, 'theme', COMPONENTS[name]) + path.sep);
/** What the few pages that embed the index, a list or a table render: a chunk of their own. */
const LIST_COMPONENTS: readonly ComponentName[] = ['List', 'Entries', 'Matrix', 'Table'];
/** What pages with items render. */
const ITEM_COMPONENTS = (Object.keys(COMPONENTS) as ComponentName[]).filter((name) => !LIST_COMPONENTS.includes(name));

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
  const groups = {
    [ITEMS_CHUNK]: [...componentDirs(ITEM_COMPONENTS), disclaimersFile],
    [LISTS_CHUNK]: componentDirs(LIST_COMPONENTS),
  };
  const inGroup = (starts: readonly string[]) => (module: Module) => {
    const resource = module.nameForCondition?.() ?? module.resource;
    return typeof resource === 'string' && starts.some((start) => resource.startsWith(start));
  };
  const isOwn = inGroup(Object.values(groups).flat());
  return {
    resolve: {alias: {[DISCLAIMERS_MODULE]: disclaimersFile}},
    ...(registryRule ? {module: {rules: [registryRule]}} : {}),
    // Docusaurus moves modules that half the pages use into one `common`
    // chunk that every page loads. The components classified pages import
    // stay out of it (pages without items never load them), in two chunks of
    // their own that those pages share (the items', and the few lists' and
    // tables'): left in each page's chunk, every page with items carried (and
    // the build minified) a copy of them. The price: the main bundle's route
    // registry names the shared chunk for each page with items.
    ...(isServer
      ? {}
      : {
          optimization: {
            splitChunks: {
              cacheGroups: {
                common: {
                  test: (module: Module) => !isOwn(module),
                },
                ...Object.fromEntries(
                  Object.entries(groups).map(([name, starts]) => [name, {test: inGroup(starts), name, enforce: true, priority: 45}]),
                ),
              },
            },
          },
        }),
  };
}
