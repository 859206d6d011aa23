import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import type {Props} from '@theme/ClassificationTable';
import styles from './styles.module.css';

/** A kind's level-comparison table and its footnotes (`::classification-table`). */
export default function ClassificationTable({kind, children}: Props): ReactNode {
  return (
    <div className={clsx('classification-table', styles.table)} data-classification-kind={kind}>
      {children}
    </div>
  );
}
