/**
 * A pass-through webpack/Rspack loader for Markdown files that mention the
 * registry: it declares the registry file as a dependency, so that
 * `docusaurus start` recompiles those pages when the registry changes.
 */
interface LoaderContext {
  getOptions(): {registry: string};
  addDependency(file: string): void;
}

function registryLoader(this: LoaderContext, source: string): string {
  if (/\bref=|classification_ref\s*:/.test(source)) {
    this.addDependency(this.getOptions().registry);
  }
  return source;
}

export = registryLoader;
