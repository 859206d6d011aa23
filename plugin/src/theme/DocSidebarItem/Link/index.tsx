import React, {type ReactNode} from 'react';
import Link from '@theme-init/DocSidebarItem/Link';
import {badgeOfPage, newOfPage, useClassificationData} from 'docusaurus-plugin-classification/client';
import type {Props} from '@theme/DocSidebarItem/Link';

/**
 * Wraps theme-classic's sidebar link: a doc classified at a listed level in
 * its front matter gets its badge. The link spreads extra props onto its <a>,
 * and classification.css shows `data-classification-label` as a badge inside
 * the label, so the badge text is part of the link's accessible name; a
 * page whose level is recent (`newFor`) gets `data-classification-new`, the
 * "New" marker, the same way.
 */
export default function DocSidebarItemLink(props: Props): ReactNode {
  const data = useClassificationData();
  const level = badgeOfPage(data, props.item.href);
  const fresh = newOfPage(data, props.item.href);
  if (!level && !fresh) {
    return <Link {...props} />;
  }
  return (
    <Link
      {...props}
      {...(level ? {'data-classification-level': level.id, 'data-classification-label': level.label} : {})}
      {...(fresh ? {'data-classification-new': fresh} : {})}
    />
  );
}
