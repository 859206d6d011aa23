/**
 * The catalog of problem messages: what was wrong, what was expected and a
 * fix, for pages (collect), front matter and the registry alike. Every
 * message the plugin reports about content is written here.
 */
export * from './shared';
export * from './pages';
export * from './registry';
