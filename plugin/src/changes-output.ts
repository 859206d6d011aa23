/** The release view's Atom feed, written beside its page in the build (`<indexRoute>/changes.xml`). */
import fs from 'node:fs/promises';
import path from 'node:path';
import {normalizeUrl} from './docusaurus';
import {builtIn} from './i18n';
import {changesFeed} from './scan/changes-feed';
import {CHANGE_LABELS, labelsOf} from './scan/changes-text';
import {today} from './scan/stale';
import {CHANGE_KINDS, type Release} from './scan/changes';
import {CHANGES_FEED, CHANGES_ROUTE} from './vocabulary';
import type {Taxonomy} from './taxonomy';

export async function writeChangesFeed(
  outDir: string,
  releases: Release[],
  {siteUrl, baseUrl, indexRoute, indexTitle, taxonomy, locale}: {siteUrl: string; baseUrl: string; indexRoute: string; indexTitle: string; taxonomy: Taxonomy; locale: string},
): Promise<void> {
  // The build's locale: its built-in words, else English.
  const code = builtIn(locale)?.code ?? {};
  const page = normalizeUrl([indexRoute, CHANGES_ROUTE]);
  const absolute = (pathname: string) => new URL(normalizeUrl([baseUrl, pathname]).replace(/^\//, ''), `${siteUrl.replace(/\/$/, '')}/`).href;
  const text = changesFeed(
    releases,
    labelsOf(taxonomy),
    {
      site: absolute('/'),
      page: absolute(page),
      feed: absolute(normalizeUrl([indexRoute, CHANGES_FEED])),
      title: `${code['classification.changes.title'] ?? 'What changed'} · ${indexTitle}`,
      today: today(),
      changeLabels: Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, code[`classification.change.${kind}`] ?? CHANGE_LABELS[kind]])),
    },
  );
  const file = path.join(outDir, ...normalizeUrl([indexRoute, CHANGES_FEED]).split('/').filter(Boolean));
  await fs.mkdir(path.dirname(file), {recursive: true});
  await fs.writeFile(file, text);
}
