import React, {useContext, type ReactNode} from 'react';
import A from '@theme-init/MDXComponents/A';
import ClassificationBadge from '@theme/ClassificationBadge';
import {InHeading, levelOfLink, useClassificationData} from '@theme/ClassificationData';
import type {Props} from '@theme/MDXComponents/A';

/**
 * Wraps the Markdown link: an internal link to an Alpha/Beta page or item
 * gets that level's badge after its text (MDN does this for experimental
 * APIs). Off with the `linkBadges: false` option.
 */
export default function MDXA(props: Props): ReactNode {
  const data = useClassificationData();
  const inHeading = useContext(InHeading);
  const level = inHeading ? undefined : levelOfLink(data, props.href);
  if (!level) {
    return <A {...props} />;
  }
  return (
    <A {...props} data-classification-link={level.id}>
      {props.children}
      <ClassificationBadge level={level.id} label={level.label} className="classification-badge--link" />
    </A>
  );
}
