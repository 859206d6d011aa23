import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import ClassificationBadge from '@theme/ClassificationBadge';
import ClassificationSince from '@theme/ClassificationSince';
import ClassificationDisclaimer from '@theme/ClassificationDisclaimer';
import type {Props} from '@theme/ClassificationCallout';

/** A classified item written as `:::beta[Title]{kind=api}` … `:::`. */
export default function ClassificationCallout({
  id,
  level,
  kind,
  title,
  levelLabel,
  kindLabel,
  since,
  framework,
  workload,
  className,
  children,
}: Props): ReactNode {
  const {collectAnchor} = useBrokenLinks();
  if (id) {
    collectAnchor(id);
  }
  const scope = [framework, workload].filter(Boolean).join(' · ');
  return (
    <section
      id={id}
      className={clsx('classification-callout', `classification-callout--${level}`, className)}
      data-classification-level={level}
      data-classification-kind={kind}
      aria-label={translate(
        {id: 'classification.item.label', message: '{level} {kind}: {title}', description: 'Accessible name of a callout or page banner'},
        {level: levelLabel, kind: kindLabel, title},
      )}>
      <div className="classification-callout__header">
        <ClassificationBadge level={level} label={levelLabel} />
        <span className="classification-callout__title">{title}</span>
        <span className="classification-callout__meta">
          {kindLabel}
          {scope && ` · ${scope}`}
          {since && (
            <>
              {' · '}
              <ClassificationSince since={since} />
            </>
          )}
        </span>
      </div>
      <div className="classification-callout__body">
        <ClassificationDisclaimer level={level} kind={kind} />
        {children}
      </div>
    </section>
  );
}
