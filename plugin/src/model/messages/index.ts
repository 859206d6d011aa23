/**
 * The catalog of problem messages: what was wrong, what was expected and a
 * fix, for pages (collect), front matter and the registry alike. A message
 * only one form gives is written in that form's module (forms/).
 */
export * from './shared';
export * from './pages';
export * from './registry';
