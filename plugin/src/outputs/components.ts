/**
 * The module compiled pages import the components from (once per site):
 * each component a `React.lazy` of `@theme/…` (so a swizzled one too), from
 * the chunk model/components.ts gives it.
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
import {COMPONENTS, type ComponentName, type ComponentSpec} from '../model/components';
import {generatedFile, writeIfChanged} from './files';

export function componentsModule(imported: readonly ComponentName[]): string {
  const lines = imported.map((key) => {
    const {name, chunk, afterHydration} = COMPONENTS[key] as ComponentSpec;
    if (!chunk) {
      throw new Error(`${name} has no chunk in model/components.ts: a page that renders it must load it from one`);
    }
    const lazy = `lazy(() => import(/* webpackChunkName: "${chunk}" */ '@theme/${name}'))`;
    // Nothing until the page has hydrated; then its chunk, and the component.
    return afterHydration
      ? `const Lazy${name} = ${lazy};\nexport function ${name}(props) {\n  return useHydrated() ? createElement(Suspense, {fallback: null}, createElement(Lazy${name}, props)) : null;\n}`
      : `export const ${name} = ${lazy};`;
  });
  const deferred = imported.some((key) => (COMPONENTS[key] as ComponentSpec).afterHydration);
  const hydrated = ['function useHydrated() {', '  const [hydrated, setHydrated] = useState(false);', '  useEffect(() => setHydrated(true), []);', '  return hydrated;', '}'];
  return [
    deferred ? `import {createElement, lazy, Suspense, useEffect, useState} from 'react';` : `import {lazy} from 'react';`,
    ...(deferred ? hydrated : []),
    ...lines,
    '',
  ].join('\n');
}

/** Writes the components module (of the components pages may import) into the site's generated files and returns its path. */
export function writeComponentsModule(generatedFilesDir: string, imported: readonly ComponentName[]): string {
  const file = generatedFile(generatedFilesDir, 'components.js');
  writeIfChanged(file, componentsModule(imported));
  return file;
}
