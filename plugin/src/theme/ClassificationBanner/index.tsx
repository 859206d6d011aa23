import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Head from '@docusaurus/Head';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import ClassificationBadge from '@theme/ClassificationBadge';
import ClassificationMeta from '@theme/ClassificationMeta';
import ClassificationDisclaimer from '@theme/ClassificationDisclaimer';
import ClassificationRetirement from '@theme/ClassificationRetirement';
import type {Props} from '@theme/ClassificationBanner';

/**
 * Top-of-page banner of a page classified in its front matter. Not a
 * landmark (an `aside` would be one outside an article): like a callout, it
 * is read in the flow of the page, its header saying what it is.
 */
export default function ClassificationBanner({
  id,
  level,
  kind,
  levelLabel,
  kindLabel,
  since,
  scope,
  pluginId,
  retirement,
  earlier,
  noticeAt,
  newLabel,
  children,
}: Props): ReactNode {
  useBrokenLinks().collectAnchor(id);
  return (
    <div
      id={id}
      className={clsx('classification-banner', `classification-banner--${level}`)}
      data-classification-level={level}
      data-classification-kind={kind}>
      <p className="classification-banner__header">
        <ClassificationBadge level={level} label={levelLabel} newLabel={newLabel} />
        <span>
          <ClassificationMeta kindLabel={kindLabel} scope={scope} since={since} earlier={earlier} />
        </span>
      </p>
      {/* For search crawlers (DocSearch and others) to facet or label the page. */}
      <Head>
        <meta name="docsearch:classification" content={level} />
        <meta name="docsearch:classification_kind" content={kind} />
      </Head>
      {retirement && <ClassificationRetirement level={level} levelLabel={levelLabel} since={since} {...retirement} />}
      {!retirement?.removed && <ClassificationDisclaimer level={level} kind={kind} pluginId={pluginId} noticeAt={noticeAt} />}
      {children}
    </div>
  );
}
