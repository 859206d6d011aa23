/**
 * Every theme component may be wrapped or ejected: their props are a
 * documented contract, and each exports its component only, which is all a
 * wrapper preserves (tests/integration/wrapped-theme.test.ts wraps them all).
 */
import {CHANGES_PAGE, COMPONENTS, INDEX_PAGE, type ComponentName} from './vocabulary';
import type {SwizzleConfig} from '@docusaurus/types';

const DESCRIPTIONS: Record<ComponentName, string> & {[INDEX_PAGE]: string; [CHANGES_PAGE]: string} = {
  Badge: 'The level badge (text, never colour alone)',
  Since: 'The "since 2.18" text after an item\'s level',
  Meta: "An item's kind, framework × workload and since, after its badge",
  Callout: 'A classified item written as :::level … :::',
  Banner: 'The banner of a page classified in its front matter',
  Retirement: "A retired item's removal and replacement: 'Deprecated since 2.19. Will be removed in 3.0. Use new_api instead.'",
  Statement: 'A statement item written inline as :level[Statement]{kind=…}: its text, its badge and its anchor',
  Disclaimer: "The kind's Developer Preview disclaimer",
  Table: "A kind's level-comparison table with its footnotes",
  List: 'The index, or a slice of it, embedded with ::classification-list',
  Entries: 'A list of index entries linking to their items',
  Matrix: 'Model classes by framework × workload',
  ReaderControl: "The readers' control that hides preview or retired content (in the TOC column, else above the content)",
  [INDEX_PAGE]: 'The generated index page',
  [CHANGES_PAGE]: 'What changed level, release by release (the release view)',
};

export function getSwizzleConfig(): SwizzleConfig {
  return {
    components: Object.fromEntries(
      Object.entries(DESCRIPTIONS).map(([key, description]) => [
        key === INDEX_PAGE || key === CHANGES_PAGE ? key : COMPONENTS[key as ComponentName],
        {actions: {eject: 'safe', wrap: 'safe'}, description},
      ]),
    ),
  };
}
