import React, {useEffect, useMemo, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import ClassificationEntries from '@theme/ClassificationEntries';
import ClassificationMatrix from '@theme/ClassificationMatrix';
import type {Props} from '@theme/ClassificationIndexPage';
import styles from './styles.module.css';

type Entry = Props['data']['entries'][number];

interface Filters {
  kind: string;
  level: string;
  text: string;
  /** Docs version; entries of blog posts, pages and the registry have none and always show. */
  version: string;
}

function matches(entry: Entry, filters: Filters): boolean {
  if (entry.version !== undefined && filters.version && entry.version !== filters.version) {
    return false;
  }
  if (filters.kind && entry.kind !== filters.kind) {
    return false;
  }
  if (filters.level && entry.level !== filters.level) {
    return false;
  }
  const text = filters.text.trim().toLowerCase();
  return (
    !text ||
    [entry.title, entry.page, entry.framework, entry.workload, entry.since]
      .filter(Boolean)
      .some((field) => field!.toLowerCase().includes(text))
  );
}

/**
 * Filters live in the URL query (`?kind=api&level=beta&q=trace`) so a view
 * can be shared. The server renders the full list (it cannot see the query);
 * the filters apply once the page has hydrated.
 */
function useFilters(defaultVersion: string): [Filters, (filters: Filters) => void] {
  const location = useLocation();
  const history = useHistory();
  const initial: Filters = {kind: '', level: '', text: '', version: defaultVersion};
  const [filters, setFilters] = useState<Filters>(initial);
  useEffect(() => {
    const query = new URLSearchParams(location.search);
    setFilters({
      kind: query.get('kind') ?? '',
      level: query.get('level') ?? '',
      text: query.get('q') ?? '',
      version: query.get('version') ?? defaultVersion,
    });
  }, [location.search, defaultVersion]);
  const update = (next: Filters): void => {
    setFilters(next);
    const query = new URLSearchParams();
    for (const [key, value] of [
      ['kind', next.kind],
      ['level', next.level],
      ['q', next.text],
      ['version', next.version === defaultVersion ? '' : next.version],
    ] as const) {
      if (value) {
        query.set(key, value);
      }
    }
    const search = query.toString();
    history.replace({...location, search: search ? `?${search}` : ''});
  };
  return [filters, update];
}

/** The generated index: every Alpha/Beta item of the site, by kind then level. */
export default function ClassificationIndexPage({data}: Props): ReactNode {
  const {title, entries, levels, kinds, includeStable, matrix, policyPage, versions} = data;
  const defaultVersion = versions.find((version) => version.isLast)?.name ?? '';
  const [filters, setFilters] = useFilters(defaultVersion);
  const visible = useMemo(() => entries.filter((entry) => matches(entry, filters)), [entries, filters]);
  const total = entries.filter((entry) => matches(entry, {...filters, kind: '', level: '', text: ''})).length;
  const count = (override: Partial<Filters>): number =>
    entries.filter((entry) => matches(entry, {...filters, ...override})).length;
  const previewLabels = levels.filter((level) => level.preview).map((level) => level.label);
  const listedLevels = levels.filter((level) => includeStable || level.preview);
  return (
    <Layout
      title={title}
      description={translate({
        id: 'classification.index.description',
        message: 'Every classified item of this site, by kind and maturity level.',
      })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p className="classification-index-intro">
          {includeStable
            ? translate({id: 'classification.index.introAll', message: 'Every classified item of this site, by kind and maturity level.'})
            : translate(
                {
                  id: 'classification.index.intro',
                  message: 'Every {levels} item of this site, by kind and maturity level. Items not listed here are {others}.',
                },
                {
                  levels: previewLabels.join(' / '),
                  others: levels.filter((level) => !level.preview).map((level) => level.label).join(' / '),
                },
              )}{' '}
          {policyPage && (
            <Link to={policyPage}>
              {translate({id: 'classification.index.policy', message: 'What each level promises'})}
            </Link>
          )}
        </p>
        <form
          className={styles.filters}
          role="search"
          aria-label={translate({id: 'classification.index.filters', message: 'Filter the index'})}
          onSubmit={(event) => event.preventDefault()}>
          <label>
            {translate({id: 'classification.index.kind', message: 'Kind'})}
            <select value={filters.kind} onChange={(event) => setFilters({...filters, kind: event.target.value})}>
              <option value="">
                {translate({id: 'classification.index.allKinds', message: 'All kinds'})} ({count({kind: ''})})
              </option>
              {kinds.map((kind) => (
                <option key={kind.id} value={kind.id}>
                  {kind.plural} ({count({kind: kind.id})})
                </option>
              ))}
            </select>
          </label>
          <label>
            {translate({id: 'classification.index.level', message: 'Level'})}
            <select value={filters.level} onChange={(event) => setFilters({...filters, level: event.target.value})}>
              <option value="">
                {translate({id: 'classification.index.allLevels', message: 'All levels'})} ({count({level: ''})})
              </option>
              {listedLevels.map((level) => (
                <option key={level.id} value={level.id}>
                  {level.label} ({count({level: level.id})})
                </option>
              ))}
            </select>
          </label>
          {versions.length > 0 && (
            <label>
              {translate({id: 'classification.index.version', message: 'Version'})}
              <select value={filters.version} onChange={(event) => setFilters({...filters, version: event.target.value})}>
                {versions.map((version) => (
                  <option key={version.name} value={version.name}>
                    {version.label} ({count({version: version.name})})
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            {translate({id: 'classification.index.search', message: 'Name contains'})}
            <input
              type="search"
              value={filters.text}
              onChange={(event) => setFilters({...filters, text: event.target.value})}
            />
          </label>
        </form>
        <p role="status" className={styles.status}>
          {translate(
            {id: 'classification.index.showing', message: 'Showing {shown} of {total} items'},
            {shown: String(visible.length), total: String(total)},
          )}
        </p>
        {kinds.map((kind) => {
          const ofKind = visible.filter((entry) => entry.kind === kind.id);
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
                      {translate(
                        {id: 'classification.index.levelKinds', message: '{level} {kinds}', description: 'Index heading, e.g. "Beta APIs"'},
                        {level: level.label, kinds: kind.plural},
                      )}
                    </Heading>
                    <ClassificationEntries entries={ofLevel} levels={levels} />
                  </React.Fragment>
                );
              })}
              <ClassificationMatrix
                entries={matrix.filter((entry) => entry.kind === kind.id && matches(entry, {...filters, level: ''}))}
                levels={levels}
                caption={translate(
                  {id: 'classification.matrix.caption', message: '{kinds} by framework and workload'},
                  {kinds: kind.plural},
                )}
              />
            </section>
          );
        })}
      </main>
    </Layout>
  );
}
