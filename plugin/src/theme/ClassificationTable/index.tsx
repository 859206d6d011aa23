import React, {type ReactNode} from 'react';
import ClassificationDisclaimer from '@theme/ClassificationDisclaimer';
import type {Props} from '@theme/ClassificationTable';

/** A kind's level-comparison table and its footnotes (`::classification-table`). */
export default function ClassificationTable({kind, disclaimer, pluginId, children}: Props): ReactNode {
  return (
    <div className="classification-table" data-classification-kind={kind}>
      {disclaimer && <ClassificationDisclaimer kind={kind} variant="note" pluginId={pluginId} />}
      {children}
    </div>
  );
}
