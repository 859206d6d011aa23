import React, {memo, useMemo, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import ClassificationEntries from '@theme/ClassificationEntries';
import ClassificationMatrix from '@theme/ClassificationMatrix';
import type {Props} from '@theme/ClassificationIndexPage';
import {groupsOf, searchable, tally, useFilters, useMatrices, usePredicates, type Entry, type Filters, type Tally} from './filters';
import styles from './styles.module.css';

// Render again only when their props change: useMatrices and usePredicates
// keep a group's props the same objects while what it shows stays the same.
const Matrix = memo(ClassificationMatrix);
const Entries = memo(ClassificationEntries);


const NO_ENTRIES: Entry[] = [];

/** The filter controls, each option with the number of items it would show. */
function FilterForm({
  data: {kinds, levels, versions, includeStable},
  filters,
  setFilters,
  counts,
}: {
  data: Props['data'];
  filters: Filters;
  setFilters: (filters: Filters) => void;
  counts: Tally;
}): ReactNode {
  const listedLevels = levels.filter((level) => includeStable || level.preview);
  return (
    <form
      className={styles.filters}
      role="search"
      aria-label={translate({id: 'classification.index.filters', message: 'Filter the index'})}
      onSubmit={(event) => event.preventDefault()}>
      <label>
        {translate({id: 'classification.index.kind', message: 'Kind'})}
        <select value={filters.kind} onChange={(event) => setFilters({...filters, kind: event.target.value})}>
          <option value="">
            {translate({id: 'classification.index.allKinds', message: 'All kinds'})} ({counts.allKinds})
          </option>
          {kinds.map((kind) => (
            <option key={kind.id} value={kind.id}>
              {kind.plural} ({counts.kinds.get(kind.id) ?? 0})
            </option>
          ))}
        </select>
      </label>
      <label>
        {translate({id: 'classification.index.level', message: 'Level'})}
        <select value={filters.level} onChange={(event) => setFilters({...filters, level: event.target.value})}>
          <option value="">
            {translate({id: 'classification.index.allLevels', message: 'All levels'})} ({counts.allLevels})
          </option>
          {listedLevels.map((level) => (
            <option key={level.id} value={level.id}>
              {level.label} ({counts.levels.get(level.id) ?? 0})
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
                {version.label} ({counts.unversioned + (counts.versions.get(version.name) ?? 0)})
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {translate({id: 'classification.index.search', message: 'Name contains'})}
        <input type="search" value={filters.text} onChange={(event) => setFilters({...filters, text: event.target.value})} />
      </label>
    </form>
  );
}

/** The filters and the list: the part of the page a keystroke renders again. */
function ClassificationIndex({data}: Props): ReactNode {
  const {entries, levels, kinds, matrix, versions} = data;
  const defaultVersion = versions.find((version) => version.isLast)?.name ?? '';
  const [filters, setFilters] = useFilters(defaultVersion);
  const items = useMemo(() => entries.map(searchable), [entries]);
  const matrixItems = useMemo(() => matrix.map(searchable), [matrix]);
  const counts = useMemo(() => tally(items, filters), [items, filters]);
  const groups = useMemo(() => groupsOf(entries, kinds, levels, filters.version), [entries, kinds, levels, filters.version]);
  const matrices = useMatrices(matrixItems, filters);
  const {shown} = counts;
  const predicates = usePredicates(groups, shown);
  return (
    <>
      <FilterForm data={data} filters={filters} setFilters={setFilters} counts={counts} />
      <p role="status" className={styles.status}>
        {translate(
          {id: 'classification.index.showing', message: 'Showing {shown} of {total} items'},
          {shown: String(shown.size), total: String(counts.total)},
        )}
      </p>
      {groups.map(({kind, levels: ofKind}) => (
        // Every entry of the version is rendered; what the filters leave out is
        // hidden (from assistive technology too), headings and sections with it.
        <section
          key={kind.id}
          className={styles.kind}
          data-classification-kind={kind.id}
          hidden={!ofKind.some((group) => counts.shownIn.has(group.key))}>
          <Heading as="h2" id={kind.id}>
            {kind.plural}
          </Heading>
          {ofKind.map(({level, key, entries: ofLevel}) => (
            <React.Fragment key={level.id}>
              <Heading as="h3" id={`${kind.id}-${level.id}`} hidden={!counts.shownIn.has(key)}>
                {translate(
                  {id: 'classification.index.levelKinds', message: '{level} {kinds}', description: 'Index heading, e.g. "Beta APIs"'},
                  {level: level.label, kinds: kind.plural},
                )}
              </Heading>
              <Entries entries={ofLevel} levels={levels} isShown={predicates.get(key)} />
            </React.Fragment>
          ))}
          <Matrix
            entries={matrices.get(kind.id) ?? NO_ENTRIES}
            levels={levels}
            caption={translate(
              {id: 'classification.matrix.caption', message: '{kinds} by framework and workload'},
              {kinds: kind.plural},
            )}
          />
        </section>
      ))}
    </>
  );
}

/** The generated index: every Alpha/Beta item of the site, by kind then level. */
export default function ClassificationIndexPage({data}: Props): ReactNode {
  const {title, levels, includeStable, policyPage} = data;
  const previewLabels = levels.filter((level) => level.preview).map((level) => level.label);
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
        <ClassificationIndex data={data} />
      </main>
    </Layout>
  );
}
