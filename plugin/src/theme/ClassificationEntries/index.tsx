import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import ClassificationBadge, {sinceText} from '@theme/ClassificationBadge';
import type {Props} from '@theme/ClassificationEntries';
import styles from './styles.module.css';

/** A list of index entries; each links to the item's `page#id`. */
export default function ClassificationEntries({entries, levels}: Props): ReactNode {
  const labelOf = (level: string): string => levels.find((candidate) => candidate.id === level)?.label ?? level;
  return (
    <ul className={clsx('classification-entries', styles.entries)}>
      {entries.map((entry) => {
        const scope = [entry.framework, entry.workload].filter(Boolean).join(' · ');
        return (
          <li
            key={entry.anchor}
            data-classification-entry=""
            data-classification-level={entry.level}
            data-classification-kind={entry.kind}>
            {entry.anchor ? (
              <Link to={entry.anchor} className={styles.title}>
                {entry.title}
              </Link>
            ) : (
              <span className={styles.title}>{entry.title}</span>
            )}{' '}
            <ClassificationBadge level={entry.level} label={labelOf(entry.level)} />
            <span className={styles.details}>
              {scope && ` ${scope}`}
              {entry.page && entry.page !== entry.title && (
                <>
                  {' — '}
                  <Link to={entry.permalink}>{entry.page}</Link>
                </>
              )}
              {entry.since && ` (${sinceText(entry.since)})`}
            </span>
            {entry.stale && (
              <span className="classification-stale" title={entry.stale}>
                {' '}
                {entry.staleBy === 'review'
                  ? translate(
                      {id: 'classification.entry.reviewDue', message: 'review due since {date}', description: 'An index entry past its review date'},
                      {date: entry.review ?? ''},
                    )
                  : translate(
                      {id: 'classification.entry.previewSince', message: 'in preview since {since}', description: 'An index entry in preview for too long'},
                      {since: entry.since ?? ''},
                    )}
              </span>
            )}
            {entry.description && <div className={styles.description}>{entry.description}</div>}
          </li>
        );
      })}
    </ul>
  );
}
