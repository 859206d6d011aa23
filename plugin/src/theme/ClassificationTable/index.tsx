import React, {type ReactNode} from 'react';
import type {Props} from '@theme/ClassificationTable';

/** A kind's level-comparison table and its footnotes (`::classification-table`). */
export default function ClassificationTable({kind, children}: Props): ReactNode {
  return (
    <div className="classification-table" data-classification-kind={kind}>
      {children}
    </div>
  );
}
