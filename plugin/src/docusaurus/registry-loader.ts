/**
 * A pass-through webpack/Rspack loader for Markdown files that mention the
 * registry: it declares the registry file as a dependency, so that
 * `docusaurus start` recompiles those pages when the registry changes.
 */
import {ClassificationError} from '../model/problems';
import {fileStamp} from '../read/cache';
import {loadRegistry} from '../read/registry';
import {mentionsRegistry} from '../read/registry/mentions';
import type {Taxonomy} from '../model/taxonomy';
import type {RegistryLoaderOptions} from './webpack';


interface LoaderContext {
  getOptions(): RegistryLoaderOptions;
  addDependency(file: string): void;
  emitError(error: Error): void;
}

/** The registry's problems, read again only when the file changed. */
const checked = new Map<string, {stamp: string | undefined; problems: string[]}>();

function registryProblems(file: string, taxonomy: Taxonomy): string[] {
  const stamp = fileStamp(file);
  const cached = checked.get(file);
  if (cached !== undefined && cached.stamp === stamp) {
    return cached.problems;
  }
  const problems = stamp === undefined ? [] : loadRegistry(file, taxonomy).problems;
  checked.set(file, {stamp, problems});
  return problems;
}

function registryLoader(this: LoaderContext, source: string): string {
  if (mentionsRegistry(source)) {
    const {registry, taxonomy, overlay} = this.getOptions();
    this.addDependency(registry);
    // The file is read here, as it is now: webpack may recompile this page before the plugin has read it again.
    if (overlay) {
      const problems = registryProblems(registry, taxonomy);
      if (problems.length > 0) {
        this.emitError(new ClassificationError(problems));
      }
    }
  }
  return source;
}

export = registryLoader;
