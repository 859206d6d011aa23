import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import ClassificationBadge from '@theme/ClassificationBadge';
import type {Change, ChangeKind} from 'docusaurus-plugin-classification';
import type {Props} from '@theme/ClassificationChangesPage';

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
  return (
    <li data-classification-change={change.change}>
      <strong>{changeLabel(change.change)}</strong>{' '}
      {change.anchor ? <Link to={change.anchor}>{change.title}</Link> : change.title}{' '}
      {change.from && <ClassificationBadge level={change.from} label={label(change.from)} />}
      {change.from && change.to && ' → '}
      {change.to && <ClassificationBadge level={change.to} label={label(change.to)} />}
    </li>
  );
}

/** The release view: what changed level, release by release, newest first, grouped by kind. */
export default function ClassificationChangesPage({data}: Props): ReactNode {
  const {releases, levels, kinds, feed, indexTitle, index} = data;
  const title = translate({id: 'classification.changes.title', message: 'What changed'});
  const label = (level: string) => levels.find((candidate) => candidate.id === level)?.label ?? level;
  return (
    <Layout title={title} description={translate({id: 'classification.changes.description', message: 'Items that changed maturity level, release by release.'})}>
      <Head>
        <link rel="alternate" type="application/atom+xml" href={feed} title={title} />
      </Head>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p className="classification-index-intro">
          {translate({id: 'classification.changes.intro', message: 'Items that changed maturity level, release by release, newest first.'})}{' '}
          <Link to={index}>{indexTitle}</Link>
          {' · '}
          <a href={feed} type="application/atom+xml">
            {translate({id: 'classification.changes.feed', message: 'Atom feed'})}
          </a>
        </p>
        {releases.length === 0 && <p>{translate({id: 'classification.changes.none', message: 'No change of level is recorded yet.'})}</p>}
        {releases.map((release) => (
          <section key={`${release.previous ?? ''} ${release.label}`} className="classification-release">
            <Heading as="h2" id={releaseId(release.label)}>
              {release.previous
                ? translate({id: 'classification.changes.since', message: '{label} (since {previous})'}, {label: release.label, previous: release.previous})
                : release.label}
            </Heading>
            {release.changes.length === 0 && <p>{translate({id: 'classification.changes.noneInRelease', message: 'No item changed level.'})}</p>}
            {kinds
              .filter((kind) => release.changes.some((change) => change.kind === kind.id))
              .map((kind) => (
                <React.Fragment key={kind.id}>
                  <Heading as="h3" id={`${releaseId(release.label)}-${kind.id}`}>
                    {kind.plural}
                  </Heading>
                  <ul className="classification-entries">
                    {release.changes
                      .filter((change) => change.kind === kind.id)
                      .map((change) => (
                        <ChangeItem key={`${change.change} ${change.anchor} ${change.title}`} change={change} label={label} />
                      ))}
                  </ul>
                </React.Fragment>
              ))}
          </section>
        ))}
      </main>
    </Layout>
  );
}
