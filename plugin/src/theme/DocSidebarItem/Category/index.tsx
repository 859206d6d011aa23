import React, {type ReactNode} from 'react';
import Category from '@theme-init/DocSidebarItem/Category';
import {badgeOfCategory, useClassificationData} from 'docusaurus-plugin-classification/client';
import type {Props} from '@theme/DocSidebarItem/Category';
import type {PropSidebarItem} from '@docusaurus/plugin-content-docs';

function docHrefs(items: PropSidebarItem[]): string[] {
  return items.flatMap((item) => {
    if (item.type === 'link') {
      return item.docId ? [item.href] : [];
    }
    if (item.type === 'category') {
      return [...(item.href ? [item.href] : []), ...docHrefs(item.items)];
    }
    return [];
  });
}

/** Wraps theme-classic's sidebar category: its own page's badge, else the one all its docs share (see badgeOfCategory). */
export default function DocSidebarItemCategory(props: Props): ReactNode {
  const level = badgeOfCategory(useClassificationData(), props.item.href, docHrefs(props.item.items));
  if (!level) {
    return <Category {...props} />;
  }
  return <Category {...props} data-classification-level={level.id} data-classification-label={level.label} />;
}
