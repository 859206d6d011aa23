import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import ClassificationBadge from '@theme/ClassificationBadge';
import ClassificationMeta from '@theme/ClassificationMeta';
import ClassificationDisclaimer from '@theme/ClassificationDisclaimer';
import ClassificationRetirement from '@theme/ClassificationRetirement';
import type {Props} from '@theme/ClassificationCallout';

/**
 * A classified item written as `:::beta[Title]{kind=api}` … `:::`. A
 * `section` without a name, which is not a landmark: a reference page with
 * fifty items would otherwise add fifty regions to a screen reader's list of
 * landmarks, each named after the header text it would read next anyway.
 */
export default function ClassificationCallout({
  id,
  level,
  kind,
  title,
  levelLabel,
  kindLabel,
  since,
  scope,
  className,
  pluginId,
  retirement,
  earlier,
  noticeAt,
  newLabel,
  hides,
  children,
}: Props): ReactNode {
  const {collectAnchor} = useBrokenLinks();
  if (id) {
    collectAnchor(id);
  }
  return (
    <section
      id={id}
      className={clsx('classification-callout', `classification-callout--${level}`, className)}
      data-classification-level={level}
      data-classification-kind={kind}>
      <div className="classification-callout__header">
        <ClassificationBadge level={level} label={levelLabel} newLabel={newLabel} />
        <span className="classification-callout__title">{title}</span>
        <span className="classification-callout__meta">
          <ClassificationMeta kindLabel={kindLabel} scope={scope} since={since} earlier={earlier} />
        </span>
      </div>
      <div className="classification-callout__body" data-classification-hides={hides}>
        {retirement && <ClassificationRetirement level={level} levelLabel={levelLabel} since={since} {...retirement} />}
        {!retirement?.removed && <ClassificationDisclaimer level={level} kind={kind} pluginId={pluginId} noticeAt={noticeAt} />}
        {children}
      </div>
    </section>
  );
}
