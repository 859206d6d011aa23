import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import ClassificationReleases from '@theme/ClassificationReleases';
import type {Props} from '@theme/ClassificationChangesPage';

/** The release view: what changed level, release by release, newest first, grouped by kind. */
export default function ClassificationChangesPage({data}: Props): ReactNode {
  const {releases, levels, kinds, feed, indexTitle, index} = data;
  const title = translate({id: 'classification.changes.title', message: 'What changed'});
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
        <ClassificationReleases releases={releases} levels={levels} kinds={kinds} />
      </main>
    </Layout>
  );
}
