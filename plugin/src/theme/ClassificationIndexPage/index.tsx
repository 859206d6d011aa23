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

interface Choice {
  value: string;
  text: string;
  /** How many items the choice would show. */
  count: number;
}

/** One filter: a labelled select whose options say how many items each would show. */
function FilterSelect({label, value, onChange, choices}: {label: string; value: string; onChange: (value: string) => void; choices: Choice[]}): ReactNode {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.text} ({choice.count})
          </option>
        ))}
      </select>
    </label>
  );
}

/** The filter controls, each option with the number of items it would show. */
function FilterForm({
  data: {kinds, levels, versions, includeStable, entries},
  filters,
  setFilters,
  counts,
}: {
  data: Props['data'];
  filters: Filters;
  setFilters: (filters: Filters) => void;
  counts: Tally;
}): ReactNode {
  // A level no item has is left out: a site that never writes `:::deprecated` sees no Deprecated choice.
  const present = new Set(entries.map((entry) => entry.level));
  const listedLevels = levels.filter((level) => (includeStable || level.listed) && present.has(level.id));
  return (
    <form
      className={styles.filters}
      role="search"
      aria-label={translate({id: 'classification.index.filters', message: 'Filter the index'})}
      onSubmit={(event) => event.preventDefault()}>
      <FilterSelect
        label={translate({id: 'classification.index.kind', message: 'Kind'})}
        value={filters.kind}
        onChange={(kind) => setFilters({...filters, kind})}
        choices={[
          {value: '', text: translate({id: 'classification.index.allKinds', message: 'All kinds'}), count: counts.allKinds},
          ...kinds.map((kind) => ({value: kind.id, text: kind.plural, count: counts.kinds.get(kind.id) ?? 0})),
        ]}
      />
      <FilterSelect
        label={translate({id: 'classification.index.level', message: 'Level'})}
        value={filters.level}
        onChange={(level) => setFilters({...filters, level})}
        choices={[
          {value: '', text: translate({id: 'classification.index.allLevels', message: 'All levels'}), count: counts.allLevels},
          ...listedLevels.map((level) => ({value: level.id, text: level.label, count: counts.levels.get(level.id) ?? 0})),
        ]}
      />
      {versions.length > 0 && (
        <FilterSelect
          label={translate({id: 'classification.index.version', message: 'Version'})}
          value={filters.version}
          onChange={(version) => setFilters({...filters, version})}
          choices={versions.map((version) => ({
            value: version.name,
            text: version.label,
            count: counts.unversioned + (counts.versions.get(version.name) ?? 0),
          }))}
        />
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
              <Entries entries={ofLevel} levels={levels} isShown={predicates.get(key)} newLabel={data.newLabel} />
            </React.Fragment>
          ))}
          <Matrix
            entries={matrices.get(kind.id) ?? NO_ENTRIES}
            levels={levels}
            caption={matrixCaption(kind)}
            corner={kind.label}
          />
        </section>
      ))}
    </>
  );
}

/** "Model classes by framework and workload" (the built-in scope's words are translated), else "Services by region". */
function matrixCaption(kind: {plural: string; requires?: string[]}): string {
  const scope = kind.requires ?? [];
  return scope.join() === 'framework,workload'
    ? translate({id: 'classification.matrix.caption', message: '{kinds} by framework and workload'}, {kinds: kind.plural})
    : translate({id: 'classification.matrix.captionScope', message: '{kinds} by {scope}'}, {kinds: kind.plural, scope: scope.join(' × ')});
}

/** The generated index: every Alpha/Beta item of the site, by kind then level. */
export default function ClassificationIndexPage({data}: Props): ReactNode {
  const {title, levels, includeStable, defaultLevel, entries, policyPage, changes} = data;
  const listed = levels.filter((level) => level.listed);
  // The levels this index holds (all listed ones, on a site with no item yet).
  const present = listed.filter((level) => entries.some((entry) => entry.level === level.id));
  const unlisted = levels.find((level) => level.id === defaultLevel) ?? levels.find((level) => !level.listed);
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
            : unlisted?.listed
              ? // A listed default level (unmarked items are Alpha): they are not "not listed here".
                translate(
                  {
                    id: 'classification.index.introUnmarked',
                    message: 'Every {levels} item of this site, by kind and maturity level. Items without a level of their own are {others}.',
                  },
                  {levels: (present.length > 0 ? present : listed).map((level) => level.label).join(' / '), others: unlisted.label},
                )
              : translate(
                {
                  id: 'classification.index.intro',
                  message: 'Every {levels} item of this site, by kind and maturity level. Items not listed here are {others}.',
                },
                {
                  levels: (present.length > 0 ? present : listed).map((level) => level.label).join(' / '),
                  others: unlisted?.label ?? '',
                },
              )}{' '}
          {policyPage && (
            <Link to={policyPage}>
              {translate({id: 'classification.index.policy', message: 'What each level promises'})}
            </Link>
          )}
          {policyPage && changes && ' · '}
          {changes && <Link to={changes}>{translate({id: 'classification.changes.title', message: 'What changed'})}</Link>}
        </p>
        <ClassificationIndex data={data} />
      </main>
    </Layout>
  );
}
