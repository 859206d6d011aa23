/**
 * What the sidebar's badges need on every docs page, apart from the rest of
 * the vocabulary (model/names.ts re-exports it): a bundler keeps a shared
 * module whole where the first page needs it, so this one stays small.
 */

/** The package's name: its hand-off, its generated files, its cache, its messages, its global data. */
export const PLUGIN_NAME = 'docusaurus-plugin-classification';

/** `/a/b/` and `/a/b` are the same page. */
export function trimSlash(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
}
