import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Admonition from '@theme/Admonition';
import type {Props} from '@theme/ClassificationDisclaimer';
import styles from './styles.module.css';

/** The kind's Developer Preview disclaimer: inside a callout, or as a note. */
export default function ClassificationDisclaimer({level, kind, variant = 'inline', children}: Props): ReactNode {
  if (variant === 'note') {
    return (
      <Admonition type="note" className="classification-disclaimer" data-classification-kind={kind}>
        {children}
      </Admonition>
    );
  }
  return (
    <div
      className={clsx('classification-disclaimer', styles.disclaimer)}
      data-classification-level={level}
      data-classification-kind={kind}>
      {children}
    </div>
  );
}
