/**
 * A pass-through webpack/Rspack loader for Markdown files that mention the
 * registry: it declares the registry file as a dependency, so that
 * `docusaurus start` recompiles those pages when the registry changes.
 */
import {ClassificationError} from '../model/problems';
import {registryNow} from '../read/registry/current';
import {mentionsRegistry} from '../read/registry/mentions';
import {siteFor} from './hand-off';
import type {Taxonomy} from '../model/taxonomy';
import type {RegistryLoaderOptions} from './webpack';


interface LoaderContext {
  resourcePath: string;
  getOptions(): RegistryLoaderOptions;
  addDependency(file: string): void;
  emitError(error: Error): void;
}

/** Whether the registry names the page, by its snapshot (a generated page the registry classifies); false before there is one. */
function namedByRegistry(pluginId: string, resourcePath: string): boolean {
  try {
    return siteFor(pluginId)?.namedByRegistry(resourcePath) ?? false;
  } catch {
    return false;
  }
}

function registryLoader(this: LoaderContext, source: string): string {
  const {pluginId} = this.getOptions();
  if (mentionsRegistry(source) || namedByRegistry(pluginId, this.resourcePath)) {
    const {registry, taxonomy, overlay} = this.getOptions();
    for (const source of registry) {
      this.addDependency(source.path);
    }
    // The file is read here, as it is now: webpack may recompile this page before the plugin has read it again.
    if (overlay) {
      const problems = registryNow(registry, taxonomy)?.problems ?? [];
      if (problems.length > 0) {
        this.emitError(new ClassificationError(problems));
      }
    }
  }
  return source;
}

export = registryLoader;
