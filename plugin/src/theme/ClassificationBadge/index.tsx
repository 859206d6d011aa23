import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/ClassificationBadge';

/**
 * The level badge: text, never colour alone. Its classes are the documented
 * DOM hook; the colours come from classification.css (global, because the
 * TOC only keeps class names).
 */
/** "since 2.18": the version or date an item reached its level. */
export function sinceText(since: string): string {
  return translate(
    {id: 'classification.since', message: 'since {since}', description: 'The version or date an item reached its level'},
    {since},
  );
}

export default function ClassificationBadge({level, label, since, className}: Props): ReactNode {
  return (
    <>
      <span
        className={clsx('classification-badge', `classification-badge--${level}`, className)}
        data-classification-level={level}>
        {label}
      </span>
      {since && (
        <span className="classification-since">
          {sinceText(since)}
        </span>
      )}
    </>
  );
}
