import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import ClassificationBadge from '@theme/ClassificationBadge';
import type {Props} from '@theme/ClassificationStatement';

/**
 * A statement item: `:beta[Batch sizes other than the traced one]{#dynamic-batch kind=api}`.
 * Its text and badge inline, with the anchor the index links to, and no box:
 * three conditions in one list stay three lines of that list.
 */
export default function ClassificationStatement({id, level, kind, levelLabel, since, newLabel, className, children}: Props): ReactNode {
  const {collectAnchor} = useBrokenLinks();
  collectAnchor(id);
  return (
    <span
      id={id}
      className={clsx('classification-statement', className)}
      data-classification-level={level}
      data-classification-kind={kind}>
      {children}
      {children ? ' ' : null}
      <ClassificationBadge level={level} label={levelLabel} since={since} newLabel={newLabel} />
    </span>
  );
}
