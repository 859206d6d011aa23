/**
 * The release view's data: what changed level between docs versions, or
 * along registry histories and `since` values.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {IndexEntry} from 'docusaurus-plugin-classification';
import {parseFeed} from '../support/feed.ts';
import {changeOf, changesFeed, historyReleases, normalizeOptions, releasesNamed, versionReleases} from '../support/internals.ts';

const taxonomy = normalizeOptions({});
const versions = [
  {name: 'current', label: '2.x', isLast: true},
  {name: '1.0', label: '1.0', isLast: false},
];

function entry(version: string, docId: string, id: string, level: string, extra: Partial<IndexEntry> = {}): IndexEntry {
  const prefix = version === 'current' || version === '' ? '' : `/${version}`;
  return {id, title: id, kind: 'api', level, permalink: `${prefix}/${docId}`, anchor: `${prefix}/${docId}#${id}`, source: `${docId}.md`, page: docId, form: 'heading', version, docId, ...extra};
}

const pages = (version: string, ...docIds: string[]) => docIds.map((docId) => ({docId, version, permalink: `${version === 'current' ? '' : `/${version}`}/${docId}`}));

describe('what changed level', () => {
  it('names a change by the lifecycle: promoted, demoted, new, deprecated, removed', () => {
    assert.equal(changeOf('alpha', 'beta', taxonomy), 'promoted');
    assert.equal(changeOf('beta', 'alpha', taxonomy), 'demoted');
    assert.equal(changeOf(undefined, 'beta', taxonomy), 'new');
    assert.equal(changeOf('stable', 'deprecated', taxonomy), 'deprecated');
    assert.equal(changeOf('deprecated', undefined, taxonomy), 'removed');
    assert.equal(changeOf('beta', 'beta', taxonomy), undefined);
  });

  it('between docs versions: items followed by their page and id, unmarked meaning the default level', () => {
    const entries = [
      entry('1.0', 'apis/torch', 'trace', 'alpha'),
      entry('current', 'apis/torch', 'trace', 'beta'),
      entry('1.0', 'apis/torch', 'jit', 'beta'),
      // jit is no longer marked in 2.x, its page still there: Stable, the default level.
      // compile appears in 2.x on a page 1.0 had: new.
      entry('current', 'apis/torch', 'compile', 'alpha'),
      // old_flag was deprecated in 1.0 and is unmarked in 2.x: removed, its page or not.
      entry('1.0', 'apis/torch', 'old_flag', 'deprecated'),
      entry('1.0', 'apis/torch', 'trace_v0', 'stable'),
      entry('current', 'apis/torch', 'trace_v0', 'deprecated'),
      entry('1.0', 'apis/old', 'gone', 'beta'),
      entry('current', 'apis/torch', 'registry-only', 'beta', {form: 'registry', version: undefined}),
    ];
    const [release, ...rest] = versionReleases({
      entries,
      pages: [...pages('1.0', 'apis/torch', 'apis/old'), ...pages('current', 'apis/torch')],
      versions,
      taxonomy,
      defaultLevel: 'stable',
    });
    assert.deepEqual(rest, [], 'one pair of versions');
    assert.equal(release!.label, '2.x');
    assert.equal(release!.previous, '1.0');
    // Named by its labels, or by the versions' names, which no locale translates.
    for (const name of ['2.x', '1.0..2.x', 'current', '1.0..current']) {
      assert.deepEqual(releasesNamed([release!], name), [release], name);
    }
    assert.deepEqual(releasesNamed([release!], '0.9..2.x'), []);
    assert.deepEqual(
      release!.changes.map(({change, title, from, to, anchor}) => [change, title, from, to, anchor]),
      [
        ['promoted', 'jit', 'beta', 'stable', '/apis/torch'],
        ['promoted', 'trace', 'alpha', 'beta', '/apis/torch#trace'],
        ['new', 'compile', undefined, 'alpha', '/apis/torch#compile'],
        ['deprecated', 'trace_v0', 'stable', 'deprecated', '/apis/torch#trace_v0'],
        ['removed', 'gone', 'beta', undefined, '/1.0/apis/old#gone'],
        ['removed', 'old_flag', 'deprecated', undefined, '/1.0/apis/torch#old_flag'],
      ],
    );
  });

  it('a page classified in its front matter stays one item when a registry item takes it over (and its id changes)', () => {
    const page = (version: string, id: string, level: string, extra: Partial<IndexEntry> = {}) =>
      entry(version, 'packages/nxd', id, level, {form: 'page', anchor: `${version === 'current' ? '' : `/${version}`}/packages/nxd`, ...extra});
    const [release] = versionReleases({
      entries: [page('1.0', 'neuronx-distributed', 'alpha'), page('current', 'nxd', 'beta', {ref: 'nxd'})],
      pages: [...pages('1.0', 'packages/nxd'), ...pages('current', 'packages/nxd')],
      versions,
      taxonomy,
      defaultLevel: 'stable',
    });
    assert.deepEqual(release!.changes.map(({change, from, to}) => [change, from, to]), [['promoted', 'alpha', 'beta']]);
  });

  it('without versioned docs: registry histories step by step and since values, newest release first', () => {
    const entries = [
      entry('', 'apis/nki', 'nki', 'beta', {version: undefined, ref: 'nki', since: '2.18', history: [{level: 'alpha', since: '2.15'}, {level: 'beta', since: '2.18'}]}),
      entry('', 'apis/nki2', 'nki', 'beta', {version: undefined, ref: 'nki', since: '2.18', history: [{level: 'alpha', since: '2.15'}, {level: 'beta', since: '2.18'}]}),
      entry('', 'apis/flag', 'flag', 'alpha', {version: undefined, since: '2.16'}),
      entry('', 'apis/dated', 'dated', 'beta', {version: undefined, since: '2026-10-01'}),
    ];
    const releases = historyReleases(entries, taxonomy);
    assert.deepEqual(
      releases.map((release) => [release.label, release.date, release.changes.map((change) => `${change.change} ${change.title} ${change.from ?? '-'}→${change.to ?? '-'}`)]),
      [
        ['2.18', undefined, ['promoted nki alpha→beta']],
        ['2.16', undefined, ['new flag -→alpha']],
        ['2.15', undefined, ['new nki -→alpha']],
        ['2026-10-01', '2026-10-01', ['new dated -→beta']],
      ],
    );
  });

  it('the Atom feed: valid to a strict feed parser, one entry per change, newest first, dated, author text as text', async () => {
    const releases = historyReleases([
      entry('', 'apis/a', 'a', 'beta', {version: undefined, title: '<script>alert(1)</script> ]]> & "quotes"', since: '2026-10-01'}),
      entry('', 'apis/b', 'b', 'alpha', {version: undefined, since: '2026-11-15', history: undefined}),
    ], taxonomy);
    const xml = changesFeed(releases, {levels: {alpha: 'Alpha', beta: 'Beta'}, kinds: {api: 'APIs'}}, {
      site: 'https://example.com/docs/',
      page: 'https://example.com/docs/classification/changes',
      feed: 'https://example.com/docs/classification/changes.xml',
      title: 'What changed',
      today: '2026-12-01',
      changeLabels: {new: 'New'},
    });
    assert.doesNotMatch(xml, /<script>|CDATA|type="html"/, 'no markup of the author\'s reaches a reader');
    assert.match(xml, /<title type="text">New: &lt;script&gt;alert\(1\)&lt;\/script&gt; \]\]&gt; &amp; &quot;quotes&quot; \(Beta\)<\/title>/);
    const feed = await parseFeed(xml);
    assert.equal(feed.type, 'atom 1.0');
    assert.equal(feed.self, 'https://example.com/docs/classification/changes.xml');
    assert.deepEqual(feed.entries.map((item) => [item.title, item.link, item.date]), [
      ['New: b (Alpha)', 'https://example.com/apis/b#b', '2026-11-15T00:00:00.000Z'],
      // (feedparser drops what looks like a tag from a title it shows)
      ['New: alert(1) ]]> & "quotes" (Beta)', 'https://example.com/apis/a#a', '2026-10-01T00:00:00.000Z'],
    ]);
    assert.equal(new Set(feed.entries.map((item) => item.id)).size, 2, 'each entry its own id');
  });
});
