/**
 * A pass-through webpack/Rspack loader for Markdown files that mention the
 * registry: it declares the registry file as a dependency, so that
 * `docusaurus start` recompiles those pages when the registry changes.
 */
import {ClassificationError} from '../model/problems';
import {fileStamp} from '../read/cache';
import {loadRegistries} from '../read/registry';
import {mentionsRegistry} from '../read/registry/mentions';
import type {Taxonomy} from '../model/taxonomy';
import type {RegistryLoaderOptions} from './webpack';


interface LoaderContext {
  getOptions(): RegistryLoaderOptions;
  addDependency(file: string): void;
  emitError(error: Error): void;
}

/** The registry's problems, read again only when one of its files changed. */
const checked = new Map<string, {stamp: string; problems: string[]}>();

function registryProblems(files: readonly string[], taxonomy: Taxonomy): string[] {
  const stamps = files.map(fileStamp);
  const stamp = stamps.join('\n');
  const key = files.join('\n');
  const cached = checked.get(key);
  if (cached !== undefined && cached.stamp === stamp) {
    return cached.problems;
  }
  const problems = stamps.includes(undefined) ? [] : loadRegistries(files, taxonomy).problems;
  checked.set(key, {stamp, problems});
  return problems;
}

function registryLoader(this: LoaderContext, source: string): string {
  if (mentionsRegistry(source)) {
    const {registry, taxonomy, overlay} = this.getOptions();
    for (const file of registry) {
      this.addDependency(file);
    }
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
