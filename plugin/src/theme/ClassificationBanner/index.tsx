import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import Head from '@docusaurus/Head';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import ClassificationBadge from '@theme/ClassificationBadge';
import ClassificationSince from '@theme/ClassificationSince';
import ClassificationDisclaimer from '@theme/ClassificationDisclaimer';
import type {Props} from '@theme/ClassificationBanner';

/** Top-of-page banner of a page classified in its front matter. */
export default function ClassificationBanner({
  id,
  level,
  kind,
  title,
  levelLabel,
  kindLabel,
  since,
  framework,
  workload,
  children,
}: Props): ReactNode {
  useBrokenLinks().collectAnchor(id);
  const scope = [framework, workload].filter(Boolean).join(' · ');
  return (
    <aside
      id={id}
      className={clsx('classification-banner', `classification-banner--${level}`)}
      data-classification-level={level}
      data-classification-kind={kind}
      aria-label={translate(
        {id: 'classification.item.label', message: '{level} {kind}: {title}', description: 'Accessible name of a callout or page banner'},
        {level: levelLabel, kind: kindLabel, title},
      )}>
      <p className="classification-banner__header">
        <ClassificationBadge level={level} label={levelLabel} />
        <span>
          {kindLabel}
          {scope && ` · ${scope}`}
          {since && (
            <>
              {' · '}
              <ClassificationSince since={since} />
            </>
          )}
        </span>
      </p>
      {/* For search crawlers (DocSearch and others) to facet or label the page. */}
      <Head>
        <meta name="docsearch:classification" content={level} />
        <meta name="docsearch:classification_kind" content={kind} />
      </Head>
      <ClassificationDisclaimer level={level} kind={kind} />
      {children}
    </aside>
  );
}
