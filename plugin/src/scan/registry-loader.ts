/**
 * A pass-through webpack/Rspack loader for Markdown files that mention the
 * registry: it declares the registry file as a dependency, so that
 * `docusaurus start` recompiles those pages when the registry changes.
 */
import {FRONT_MATTER} from '../vocabulary';

/** A mention of the registry: a `ref=` attribute or the front matter key. */
const MENTION = new RegExp(`\\bref=|${FRONT_MATTER.ref}\\s*:`);

interface LoaderContext {
  getOptions(): {registry: string};
  addDependency(file: string): void;
}

function registryLoader(this: LoaderContext, source: string): string {
  if (MENTION.test(source)) {
    this.addDependency(this.getOptions().registry);
  }
  return source;
}

export = registryLoader;
