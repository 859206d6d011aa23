/** The plugin's webpack (or Rspack) configuration: the registry loader, the disclaimers and components modules, and chunks. */
import {generatedFile, writeIfChanged} from './generated-files';
import {COMPONENTS, COMPONENTS_MODULE, DISCLAIMERS_MODULE, type ComponentName} from './vocabulary';
import type {Plugin} from '@docusaurus/types';

type Configuration = ReturnType<NonNullable<Plugin['configureWebpack']>>;
type Module = {nameForCondition?: () => string | null; resource?: string};

/** What the few pages that embed the index, a list or a table render: a chunk of their own. */
const LIST_COMPONENTS: readonly ComponentName[] = ['List', 'Entries', 'Matrix', 'Table'];

/** The chunk pages with items share (the item components and the disclaimers), or the lists' and tables'. */
const chunkOf = (name: ComponentName) => (LIST_COMPONENTS.includes(name) ? 'classification-lists' : 'classification');

/**
 * Writes the module compiled pages import the components from (once per
 * site): each component a `React.lazy` of `@theme/…` (so a swizzled one
 * too), from the shared chunk of its group.
 *
 * Left in each page's chunk, every page with items carried (and the build
 * minified) a copy of the components; imported from a shared chunk, the
 * route registry every page loads named that chunk for each page with items,
 * growing with the site. Loaded lazily, a page's chunk holds this small
 * module only. The server renders the components in full (Docusaurus renders
 * a page once all of it is ready); in the browser, hydration and a
 * navigation wait for the chunk without a fallback: React keeps what shows
 * until it has loaded.
 */
export function writeComponentsModule(generatedFilesDir: string): string {
  const file = generatedFile(generatedFilesDir, 'components.js');
  const lines = (Object.keys(COMPONENTS) as ComponentName[]).map(
    (name) => `export const ${COMPONENTS[name]} = lazy(() => import(/* webpackChunkName: "${chunkOf(name)}" */ '@theme/${COMPONENTS[name]}'));`,
  );
  writeIfChanged(file, [`import {lazy} from 'react';`, ...lines, ''].join('\n'));
  return file;
}

export function webpackConfig({
  registryFile,
  disclaimersFile,
  componentsFile,
  isServer,
  pluginId,
}: {
  registryFile?: string;
  disclaimersFile: string;
  componentsFile: string;
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
