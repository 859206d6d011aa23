/**
 * docusaurus-plugin-classification: the plugin (docusaurus/), its options'
 * validation and swizzle config, and the types theme code and sites use.
 * The folders read in the order data flows: model/ → read/ → site/ →
 * render/ → forms/ and outputs/ → docusaurus/ (theme/ and client/ run in
 * the browser).
 */
export {default} from './docusaurus';
export {validateOptions} from './model/options';
export {getSwizzleConfig} from './docusaurus/swizzle';
export type {ClassificationContent} from './model/i18n';
export type {Options, PluginOptions, Severity} from './model/options';
export type {ClassificationItem, HistoryEntry, IndexEntry, ItemForm, Scope} from './model/item';
export type {ChangesPageData, ClassificationGlobalData, DisclaimerData, DisclaimerNode, IndexPageData, KindLabel} from './outputs/data';
export type {Change, ChangeKind, Release} from './site/releases';
export type {HideablePhase, Level, Kind, KindTable, Taxonomy} from './model/taxonomy';
