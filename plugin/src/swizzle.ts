/**
 * Every theme component may be wrapped or ejected: their props are a
 * documented contract, and each exports its component only, which is all a
 * wrapper preserves (tests/integration/wrapped-theme.test.ts wraps them all).
 */
import type {SwizzleConfig} from '@docusaurus/types';

const COMPONENTS: Record<string, string> = {
  ClassificationBadge: 'The level badge (text, never colour alone)',
  ClassificationSince: 'The "since 2.18" text after an item\'s level',
  ClassificationCallout: 'A classified item written as :::level … :::',
  ClassificationBanner: 'The banner of a page classified in its front matter',
  ClassificationDisclaimer: "The kind's Developer Preview disclaimer",
  ClassificationTable: "A kind's level-comparison table with its footnotes",
  ClassificationList: 'The index, or a slice of it, embedded with ::classification-list',
  ClassificationEntries: 'A list of index entries linking to their items',
  ClassificationIndexPage: 'The generated index page',
  ClassificationMatrix: 'Model classes by framework × workload',
};

export function getSwizzleConfig(): SwizzleConfig {
  return {
    components: Object.fromEntries(
      Object.entries(COMPONENTS).map(([name, description]) => [
        name,
        {actions: {eject: 'safe', wrap: 'safe'}, description},
      ]),
    ),
  };
}
