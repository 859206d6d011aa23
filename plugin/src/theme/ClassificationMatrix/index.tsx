import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import ClassificationBadge from '@theme/ClassificationBadge';
import {scopeLabel} from 'docusaurus-plugin-classification/client';
import type {Props} from '@theme/ClassificationMatrix';

type Entry = Props['entries'][number];

const columnOf = (entry: Entry): string => scopeLabel(entry.scope);

/**
 * Items by their scope (model classes by framework × workload): a level badge (linking to the item)
 * where a level is declared, Stable included, and a dash where none is.
 */
export default function ClassificationMatrix({entries, levels, caption, corner}: Props): ReactNode {
  const scoped = entries.filter((entry) => entry.scope !== undefined);
  if (scoped.length === 0) {
    return null;
  }
  const labelOf = (level: string): string => levels.find((candidate) => candidate.id === level)?.label ?? level;
  // Array.from, not [...set]: the site's Babel preset may compile spread in loose mode.
  const columns = Array.from(new Set(scoped.map(columnOf))).sort();
  const rows = Array.from(new Set(scoped.map((entry) => entry.title)));
  // The first entry of each cell, looked up once instead of a search per cell.
  const cells = new Map<string, Map<string, Entry>>();
  for (const entry of scoped) {
    const row = cells.get(entry.title) ?? new Map<string, Entry>();
    cells.set(entry.title, row);
    const column = columnOf(entry);
    if (!row.has(column)) {
      row.set(column, entry);
    }
  }
  const notDeclared = translate({id: 'classification.matrix.none', message: 'not declared'});
  return (
    <table className="classification-matrix">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{corner ?? translate({id: 'classification.matrix.corner', message: 'Item'})}</th>
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
              const entry = cells.get(row)?.get(column);
              return (
                <td key={column}>
                  {entry ? (
                    <Link to={entry.anchor} aria-label={`${row}, ${column}: ${labelOf(entry.level)}`}>
                      <ClassificationBadge level={entry.level} label={labelOf(entry.level)} />
                    </Link>
                  ) : (
                    <span title={notDeclared}>
                      <span aria-hidden="true">—</span>
                      <span className="classification-visually-hidden">{notDeclared}</span>
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
