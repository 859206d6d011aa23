/**
 * What each module source gave when it last ran, by its path, as a hash:
 * apart from the module's reader (and its YAML library), so that the
 * registry's hash (read/registry/current.ts) counts what a module returns,
 * not only its text: a module that reads other files gives other items with
 * the same text.
 */
const outputs = new Map<string, string>();

export function setModuleOutput(path: string, hash: string): void {
  outputs.set(path, hash);
}

/** The hash of what the module at `path` gave when it last ran; '' before it ran. */
export function moduleOutput(path: string): string {
  return outputs.get(path) ?? '';
}
