import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import ClassificationBadge from '@theme/ClassificationBadge';
import ClassificationEntries from '@theme/ClassificationEntries';
import type {Props} from '@theme/ClassificationIndexPage';
import styles from './styles.module.css';

type Entry = Props['data']['entries'][number];

/** Framework × workload matrix of one kind's entries (model classes). */
function Matrix({entries, labelOf}: {entries: Entry[]; labelOf: (level: string) => string}): ReactNode {
  const scoped = entries.filter((entry) => entry.framework || entry.workload);
  if (scoped.length === 0) {
    return null;
  }
  const columnOf = (entry: Entry): string => [entry.framework, entry.workload].filter(Boolean).join(' · ');
  // Array.from, not [...set]: the site's Babel preset may compile spread in loose mode.
  const columns = Array.from(new Set(scoped.map(columnOf))).sort();
  const rows = Array.from(new Set(scoped.map((entry) => entry.title)));
  return (
    <table className={styles.matrix}>
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
                    <Link to={entry.anchor}>
                      <ClassificationBadge level={entry.level} label={labelOf(entry.level)} />
                    </Link>
                  ) : (
                    <span aria-label={translate({id: 'classification.matrix.none', message: 'not classified'})}>—</span>
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

/** The generated index: every Alpha/Beta item of the site, by kind then level. */
export default function ClassificationIndexPage({data}: Props): ReactNode {
  const {title, entries, levels, kinds, includeStable} = data;
  const labelOf = (level: string): string => levels.find((candidate) => candidate.id === level)?.label ?? level;
  const previewLabels = levels.filter((level) => level.preview).map((level) => level.label);
  return (
    <Layout title={title} description={translate({id: 'classification.index.description', message: 'Every classified item of this site, by kind and maturity level.'})}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          {includeStable
            ? translate({id: 'classification.index.introAll', message: 'Every classified item of this site, by kind and maturity level.'})
            : translate(
                {
                  id: 'classification.index.intro',
                  message: 'Every {levels} item of this site, by kind and maturity level. Items not listed here are Stable.',
                },
                {levels: previewLabels.join(' / ')},
              )}
        </p>
        {entries.length === 0 && (
          <p>{translate({id: 'classification.list.empty', message: 'No classified items.'})}</p>
        )}
        {kinds.map((kind) => {
          const ofKind = entries.filter((entry) => entry.kind === kind.id);
          if (ofKind.length === 0) {
            return null;
          }
          return (
            <section key={kind.id} className={styles.kind} data-classification-kind={kind.id}>
              <Heading as="h2" id={kind.id}>
                {kind.plural}
              </Heading>
              {levels.map((level) => {
                const ofLevel = ofKind.filter((entry) => entry.level === level.id);
                if (ofLevel.length === 0) {
                  return null;
                }
                return (
                  <React.Fragment key={level.id}>
                    <Heading as="h3" id={`${kind.id}-${level.id}`}>
                      {`${level.label} ${kind.plural}`}
                    </Heading>
                    <ClassificationEntries entries={ofLevel} levels={levels} />
                  </React.Fragment>
                );
              })}
              <Matrix entries={ofKind} labelOf={labelOf} />
            </section>
          );
        })}
      </main>
    </Layout>
  );
}
