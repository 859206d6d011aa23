import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import ClassificationBadge from '@theme/ClassificationBadge';
import type {Props} from '@theme/ClassificationMatrix';
import styles from './styles.module.css';

type Entry = Props['entries'][number];

const columnOf = (entry: Entry): string => [entry.framework, entry.workload].filter(Boolean).join(' · ');

/**
 * Model classes by framework × workload: a level badge (linking to the item)
 * where a level is declared, Stable included, and a dash where none is.
 */
export default function ClassificationMatrix({entries, levels, caption}: Props): ReactNode {
  const scoped = entries.filter((entry) => entry.framework || entry.workload);
  if (scoped.length === 0) {
    return null;
  }
  const labelOf = (level: string): string => levels.find((candidate) => candidate.id === level)?.label ?? level;
  // Array.from, not [...set]: the site's Babel preset may compile spread in loose mode.
  const columns = Array.from(new Set(scoped.map(columnOf))).sort();
  const rows = Array.from(new Set(scoped.map((entry) => entry.title)));
  const notDeclared = translate({id: 'classification.matrix.none', message: 'not declared'});
  return (
    <table className={clsx('classification-matrix', styles.matrix)}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{translate({id: 'classification.matrix.corner', message: 'Model class'})}</th>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row}>
            <th scope="row">{row}</th>
            {columns.map((column) => {
              const entry = scoped.find((candidate) => candidate.title === row && columnOf(candidate) === column);
              return (
                <td key={column}>
                  {entry ? (
                    <Link to={entry.anchor} aria-label={`${row}, ${column}: ${labelOf(entry.level)}`}>
                      <ClassificationBadge level={entry.level} label={labelOf(entry.level)} />
                    </Link>
                  ) : (
                    <span title={notDeclared}>
                      <span aria-hidden="true">—</span>
                      <span className={styles.visuallyHidden}>{notDeclared}</span>
                    </span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
