import React, {memo, useMemo, useRef, type MouseEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useHistory} from '@docusaurus/router';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useIsomorphicLayoutEffect from '@docusaurus/useIsomorphicLayoutEffect';
import {translate} from '@docusaurus/Translate';
import ClassificationBadge from '@theme/ClassificationBadge';
import ClassificationSince from '@theme/ClassificationSince';
import {earlierLevelsLabel, scopeLabel} from 'docusaurus-plugin-classification/client';
import type {Props} from '@theme/ClassificationEntries';
import styles from './styles.module.css';

type Entry = Props['entries'][number];

interface LinkProps {
  /** A permalink of the site, with or without `#id`. */
  to: string;
  className?: string;
  children: ReactNode;
}

/**
 * A link of the index, which lists thousands: navigates in the app like a
 * Docusaurus Link, and has the broken-link checker check its target, but
 * preloads the page on hover, focus or touch only. A Docusaurus Link also
 * prefetches its target when it scrolls into view, through an
 * IntersectionObserver of its own: thousands of observers cost every frame
 * that moves the list (each keystroke in the filter) and run a prefetch for
 * each entry that filtering brings into view.
 */
function IndexLink({to, className, children}: LinkProps): ReactNode {
  const history = useHistory();
  useBrokenLinks().collectLink(to);
  const hashAt = to.indexOf('#');
  const path = hashAt === -1 ? to : to.slice(0, hashAt);
  const searchAt = path.indexOf('?');
  const location = {
    pathname: searchAt === -1 ? path : path.slice(0, searchAt),
    search: searchAt === -1 ? '' : path.slice(searchAt),
    hash: hashAt === -1 ? '' : to.slice(hashAt),
  };
  const preload = (): void => {
    void window.docusaurus?.preload(location.pathname);
  };
  const onClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    // What react-router's Link does: other buttons and modified clicks are the browser's,
    // and a link to the current location replaces it rather than pushing it again.
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) {
      return;
    }
    event.preventDefault();
    const current = history.location;
    const here =
      current.pathname === location.pathname && current.search === location.search && current.hash === location.hash;
    if (here) {
      history.replace(to);
    } else {
      history.push(to);
    }
  };
  return (
    <a href={history.createHref(location)} className={className} onClick={onClick} onMouseEnter={preload} onTouchStart={preload} onFocus={preload}>
      {children}
    </a>
  );
}

/** One entry. Memoized: filtering the index never renders it again (see ClassificationEntries). */
const EntryItem = memo(function EntryItem({entry, label, earlier, inIndex, newLabel}: {entry: Entry; label: string; earlier?: string; inIndex: boolean; newLabel?: string}): ReactNode {
  const scope = scopeLabel(entry.scope);
  const EntryLink = inIndex ? IndexLink : Link;
  return (
    <li data-classification-entry="" data-classification-level={entry.level} data-classification-kind={entry.kind}>
      {entry.anchor ? (
        <EntryLink to={entry.anchor} className={styles.title}>
          {entry.title}
        </EntryLink>
      ) : (
        <span className={styles.title}>{entry.title}</span>
      )}{' '}
      <ClassificationBadge level={entry.level} label={label} newLabel={entry.newIn === undefined ? undefined : newLabel} />
      <span className={styles.details}>
        {scope && ` ${scope}`}
        {entry.page && entry.page !== entry.title && (
          <>
            {' — '}
            <EntryLink to={entry.permalink}>{entry.page}</EntryLink>
          </>
        )}
        {entry.since && (
          <>
            {' ('}
            <ClassificationSince since={entry.since} />
            {earlier && `; ${earlier}`}
            {')'}
          </>
        )}
        {entry.removal && entry.staleBy !== 'removal' && (
          <>
            {' · '}
            {translate(
              {id: 'classification.entry.removal', message: 'removal in {removal}', description: 'A retired index entry: when it goes away'},
              {removal: entry.removal},
            )}
          </>
        )}
      </span>
      {entry.stale && (
        <span className="classification-stale" title={entry.stale}>
          {' '}
          {entry.staleBy === 'review'
            ? translate(
                {id: 'classification.entry.reviewDue', message: 'review due since {date}', description: 'An index entry past its review date'},
                {date: entry.review ?? ''},
              )
            : entry.staleBy === 'removal'
              ? translate(
                  {id: 'classification.entry.removed', message: 'removed in {removal}, still documented', description: 'A retired index entry documented past its removal'},
                  {removal: entry.removal ?? ''},
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
});

/**
 * Shows the `<li>` of each shown entry and hides the others: the `hidden`
 * attribute (which hides from assistive technology too) and the
 * `data-classification-entry` hook, which marks only the entries a reader is
 * shown. Written to the DOM directly, and only where it changes: through
 * React, a keystroke that hides a thousand entries rendered each again, and
 * that took longer than everything else the keystroke does.
 */
function applyShown(list: HTMLUListElement | null, shown: readonly boolean[] | undefined): void {
  if (!list || !shown) {
    return;
  }
  const items = list.children;
  for (let index = 0; index < items.length && index < shown.length; index += 1) {
    const item = items[index] as HTMLElement;
    const show = shown[index]!;
    if (item.hidden === show) {
      item.hidden = !show;
    }
    if (item.hasAttribute('data-classification-entry') !== show) {
      item.toggleAttribute('data-classification-entry', show);
    }
  }
}

/**
 * A list of index entries; each links to the item's `page#id`. With `isShown`
 * (the index page), the entries it rejects are hidden, not removed (and the
 * list too when it rejects them all): filtering neither remounts nor renders
 * them again. The server renders them all shown.
 */
export default function ClassificationEntries({entries, levels, isShown, newLabel}: Props): ReactNode {
  const list = useRef<HTMLUListElement>(null);
  const inIndex = isShown !== undefined;
  const items = useMemo(
    () =>
      entries.map((entry, index) => (
        // The position keeps keys unique: registry items without a page share an empty anchor.
        <EntryItem
          key={`${index} ${entry.anchor}`}
          entry={entry}
          label={levels.find((level) => level.id === entry.level)?.label ?? entry.level}
          earlier={earlierLevelsLabel(entry.history, (id) => levels.find((level) => level.id === id)?.label ?? id)}
          inIndex={inIndex}
          newLabel={newLabel}
        />
      )),
    [entries, levels, inIndex, newLabel],
  );
  const shown = isShown ? entries.map((entry) => isShown(entry)) : undefined;
  // Before the browser paints: the list never shows with the previous filter.
  useIsomorphicLayoutEffect(() => applyShown(list.current, shown));
  return (
    <ul
      ref={list}
      // Its items draw their own bullets (see styles.module.css), and Safari
      // drops the list role of a list without markers.
      role="list"
      className={clsx('classification-entries', styles.entries, inIndex && styles.filterable)}
      hidden={shown !== undefined && shown.length > 0 && !shown.includes(true)}>
      {items}
    </ul>
  );
}
