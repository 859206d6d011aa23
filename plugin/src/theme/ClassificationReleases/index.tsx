import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import ClassificationBadge from '@theme/ClassificationBadge';
import {plainText, scopeLabel} from 'docusaurus-plugin-classification/client';
import type {Change, ChangeKind} from 'docusaurus-plugin-classification';
import type {Props} from '@theme/ClassificationReleases';

/** What a change is called, as the feed calls it too. */
function changeLabel(change: ChangeKind): string {
  switch (change) {
    case 'promoted':
      return translate({id: 'classification.change.promoted', message: 'Promoted'});
    case 'demoted':
      return translate({id: 'classification.change.demoted', message: 'Demoted'});
    case 'new':
      return translate({id: 'classification.change.new', message: 'New'});
    case 'deprecated':
      return translate({id: 'classification.change.deprecated', message: 'Deprecated'});
    case 'removed':
      return translate({id: 'classification.change.removed', message: 'Removed'});
  }
}

/** A release's anchor: its label, in the characters an id keeps. */
function releaseId(label: string): string {
  return `release-${label.replace(/[^\w.-]+/g, '-')}`;
}

function ChangeItem({change, label}: {change: Change; label: (level: string) => string}): ReactNode {
  const [title, scope] = [plainText(change.title), plainText(scopeLabel(change.scope))];
  return (
    <li data-classification-change={change.change}>
      <strong>{changeLabel(change.change)}</strong>{' '}
      {change.anchor ? <Link to={change.anchor}>{title}</Link> : title}{' '}
      {scope && <span className="classification-change__scope">({scope}) </span>}
      {change.from && <ClassificationBadge level={change.from} label={label(change.from)} />}
      {change.from && change.to && ' → '}
      {change.to && <ClassificationBadge level={change.to} label={label(change.to)} />}
    </li>
  );
}

/** What changed level, release by release, grouped by kind: the release view's body, and `::classification-changes`. */
export default function ClassificationReleases({releases, levels, kinds, headingLevel = 2, anchored = true}: Props): ReactNode {
  const label = (level: string) => levels.find((candidate) => candidate.id === level)?.label ?? level;
  const [release, kind] = [`h${headingLevel}`, `h${headingLevel + 1}`] as const;
  if (releases.length === 0) {
    return <p>{translate({id: 'classification.changes.none', message: 'No change of level is recorded yet.'})}</p>;
  }
  return (
    <>
      {releases.map(({label: name, previous, changes}) => (
        <section key={`${previous ?? ''} ${name}`} className="classification-release">
          <Heading as={release as 'h2'} id={anchored ? releaseId(name) : undefined}>
            {previous ? translate({id: 'classification.changes.since', message: '{label} (since {previous})'}, {label: name, previous}) : name}
          </Heading>
          {changes.length === 0 && <p>{translate({id: 'classification.changes.noneInRelease', message: 'No item changed level.'})}</p>}
          {kinds
            .filter(({id}) => changes.some((change) => change.kind === id))
            .map(({id, plural}) => (
              <React.Fragment key={id}>
                <Heading as={kind as 'h3'} id={anchored ? `${releaseId(name)}-${id}` : undefined}>
                  {plural}
                </Heading>
                <ul className="classification-entries">
                  {changes
                    .filter((change) => change.kind === id)
                    .map((change) => (
                      <ChangeItem key={`${change.change} ${change.item} ${scopeLabel(change.scope)}`} change={change} label={label} />
                    ))}
                </ul>
              </React.Fragment>
            ))}
        </section>
      ))}
    </>
  );
}
