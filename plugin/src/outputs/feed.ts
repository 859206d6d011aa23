/**
 * The release view as an Atom 1.0 feed (RFC 4287): one entry per change of
 * level, newest release first, dated where a `since` date gives one (else the
 * build date: Atom needs a date on every entry). Every text is `type="text"`
 * and escaped: author text never reaches a feed reader as HTML.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {normalizeUrl} from '../upstream/docusaurus';
import {builtIn} from '../model/i18n';
import {CHANGES_FEED, CHANGES_ROUTE} from '../model/names';
import {CHANGE_KINDS, type Release} from '../site/releases';
import {CHANGE_LABELS, changeTitle, labelsOf, type Labels} from './changes-text';
import {plainText, wellFormed} from '../model/text';
import type {Snapshot} from '../site/snapshot';

export interface FeedSettings {
  /** The site's URL with its base URL: `https://example.com/docs/`. */
  site: string;
  /** Absolute URLs of the changes page and of the feed. */
  page: string;
  feed: string;
  title: string;
  /** Today, as an ISO date. */
  today: string;
  /** The build locale's words for each change. */
  changeLabels: Record<string, string>;
}

/** Text and attribute values for XML: the five characters XML reserves, one line, no control characters or lone surrogates. */
function xml(text: string): string {
  return plainText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function changesFeed(releases: readonly Release[], labels: Labels, settings: FeedSettings): string {
  const dateOf = (release: Release) => `${release.date ?? settings.today}T00:00:00Z`;
  const updated = releases.map(dateOf).sort().at(-1) ?? `${settings.today}T00:00:00Z`;
  const level = (id: string | undefined) => (id === undefined ? '' : labels.levels[id] ?? id);
  const entries = releases.flatMap((release) =>
    release.changes.map((change) => {
      const levels = change.from && change.to ? `${level(change.from)} → ${level(change.to)}` : level(change.to ?? change.from);
      // Anchors are site paths, base URL included.
      const link = change.anchor ? new URL(change.anchor, settings.site).href : settings.page;
      // Unique and permanent (RFC 4287 4.2.6): the release, the change and the item (with its cell), never its title.
      const identity = [release.versions ? `${release.versions.from}..${release.versions.to}` : release.label, change.change, change.item, ...Object.entries(change.scope ?? {}).flat()];
      const id = `${settings.page}#${identity.map((part) => encodeURIComponent(wellFormed(part))).join('/')}`;
      return [
        '  <entry>',
        `    <id>${xml(id)}</id>`,
        `    <title type="text">${xml(`${settings.changeLabels[change.change] ?? change.change}: ${changeTitle(change)} (${levels})`)}</title>`,
        `    <updated>${dateOf(release)}</updated>`,
        `    <link rel="alternate" href="${xml(link)}"/>`,
        `    <summary type="text">${xml(`${release.previous ? `${release.previous} → ` : ''}${release.label} · ${labels.kinds[change.kind] ?? change.kind}`)}</summary>`,
        '  </entry>',
      ].join('\n');
    }),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(settings.page)}</id>`,
    `  <title type="text">${xml(settings.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xml(settings.title)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(settings.feed)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(settings.page)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** The feed's file in the build folder, as `outputFile` is written: `classification/changes.xml`. */
export function changesFeedFile(indexRoute: string): string {
  return normalizeUrl([indexRoute, CHANGES_FEED]).split('/').filter(Boolean).join('/');
}

/** Writes the feed beside its page in the build (`<indexRoute>/changes.xml`). */
export async function writeChangesFeed(
  outDir: string,
  {releases, taxonomy, today}: Snapshot,
  {siteUrl, baseUrl, indexRoute, indexTitle, locale}: {siteUrl: string; baseUrl: string; indexRoute: string; indexTitle: string; locale: string},
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
      today,
      changeLabels: Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, code[`classification.change.${kind}`] ?? CHANGE_LABELS[kind]])),
    },
  );
  const file = path.join(outDir, ...changesFeedFile(indexRoute).split('/'));
  await fs.mkdir(path.dirname(file), {recursive: true});
  await fs.writeFile(file, text);
}
