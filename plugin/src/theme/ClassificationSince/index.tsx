import {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/ClassificationSince';

/**
 * "since 2.18": the version or date an item reached its level, as text. A
 * component of its own rather than a helper exported beside a component: a
 * wrapped component keeps its default export only. It stays in the theme
 * folder, where `docusaurus write-translations` finds its string.
 */
export default function ClassificationSince({since}: Props): ReactNode {
  return translate(
    {id: 'classification.since', message: 'since {since}', description: 'The version or date an item reached its level'},
    {since},
  );
}
