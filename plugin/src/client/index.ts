/**
 * Hooks and helpers for theme code, imported as
 * `docusaurus-plugin-classification/client`. They live outside the theme
 * folder so that no swizzlable component exports anything but itself: a
 * wrapper written by `docusaurus swizzle --wrap` re-exports the default export
 * only, and anything else imported through `@theme/…` would vanish with it.
 *
 * Only re-exports: a bundler then takes each name from its own module, and
 * a page loads only the modules of the names its components use.
 */
export {earlierLevelsLabel, HIDE_ATTRIBUTE, scopeLabel} from '../model/names';
export {plainText} from '../model/text';
export {forgetRevealed, useRevealHashTarget} from './reveal';
export * from './global-data';
