import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import ClassificationSince from '@theme/ClassificationSince';
import type {Props} from '@theme/ClassificationBadge';

/**
 * The level badge: text, never colour alone. Its classes are the documented
 * DOM hook; the colours come from classification.css (global, because the
 * TOC only keeps class names).
 */
export default function ClassificationBadge({level, label, since, newLabel, className}: Props): ReactNode {
  return (
    <>
      <span
        className={clsx('classification-badge', `classification-badge--${level}`, className)}
        data-classification-level={level}>
        {label}
      </span>
      {newLabel && (
        <>
          {' '}
          <span className="classification-new">{newLabel}</span>
        </>
      )}
      {since && (
        <span className="classification-since">
          <ClassificationSince since={since} />
        </span>
      )}
    </>
  );
}
