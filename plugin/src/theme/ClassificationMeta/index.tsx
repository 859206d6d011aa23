import React, {type ReactNode} from 'react';
import ClassificationSince from '@theme/ClassificationSince';
import {scopeLabel} from 'docusaurus-plugin-classification/client';
import type {Props} from '@theme/ClassificationMeta';

/** What follows an item's badge in its header: `API · PyTorch · training · since 2.18`, as text. */
export default function ClassificationMeta({kindLabel, scope: scopeValues, since, earlier}: Props): ReactNode {
  const scope = scopeLabel(scopeValues);
  return (
    <>
      {kindLabel}
      {scope && ` · ${scope}`}
      {since && (
        <>
          {' · '}
          <ClassificationSince since={since} />
          {earlier && ` (${earlier})`}
        </>
      )}
    </>
  );
}
