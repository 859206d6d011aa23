/** "New" (`newFor`): an item whose current level began within a time or within the last releases. */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {IndexEntry} from 'docusaurus-plugin-classification';
import {markNew, NewItems, normalizeOptions, versionReleases} from '../support/internals.ts';

const taxonomy = normalizeOptions({});

function entry(id: string, level: string, extra: Partial<IndexEntry> = {}): IndexEntry {
  const version = extra.version;
  const prefix = version === undefined || version === 'current' ? '' : `/${version}`;
  return {id, title: id, kind: 'api', level, permalink: `${prefix}/apis/torch`, anchor: `${prefix}/apis/torch#${id}`, source: 'apis/torch.md', page: 'Torch', form: 'heading', docId: 'apis/torch', ...extra};
}

/** The ids `markNew` marks, with the release or date each is new in. */
function marked(entries: IndexEntry[], newFor: string | number, versions: {name: string; label: string; isLast: boolean}[] = [], now = '2026-12-01'): [string, string][] {
  const pages = [...new Set(entries.map((item) => item.version))].map((version) => ({docId: 'apis/torch', version, permalink: `${version && version !== 'current' ? `/${version}` : ''}/apis/torch`}));
  markNew({entries, pages, versions, taxonomy, defaultLevel: 'stable', newFor, now});
  return entries.filter((item) => item.newIn !== undefined).map((item) => [`${item.id}${item.version ? `@${item.version}` : ''}`, item.newIn!]);
}

describe('"New"', () => {
  it('within a time: counted from the date the current level began, the window\'s last day included', () => {
    assert.deepEqual(
      marked(
        [
          entry('ninety-days', 'beta', {since: '2026-09-02'}),
          entry('ninety-one-days', 'beta', {since: '2026-09-01'}),
          entry('today', 'alpha', {since: '2026-12-01'}),
          entry('tomorrow', 'alpha', {since: '2026-12-02'}),
          entry('a-version', 'beta', {since: '2.20'}),
          entry('no-since', 'beta'),
          // Promoted to Stable last month: new, whatever its first since was.
          entry('promoted', 'stable', {since: '2024-01-01', form: 'registry', ref: 'promoted', history: [{level: 'beta', since: '2024-01-01'}, {level: 'stable', since: '2026-11-01'}]}),
          // Its history's last step is not its level (the page overrides it): its own since counts.
          entry('overridden', 'alpha', {since: '2025-01-01', history: [{level: 'beta', since: '2026-11-01'}]}),
          // Retired: it shows its removal, never "New".
          entry('deprecated', 'deprecated', {since: '2026-11-20'}),
        ],
        '90d',
      ),
      [
        ['ninety-days', '2026-09-02'],
        ['today', '2026-12-01'],
        ['promoted', '2026-11-01'],
      ],
    );
    assert.deepEqual(marked([entry('three-months', 'beta', {since: '2026-09-02'})], '3m'), [['three-months', '2026-09-02']]);
    assert.deepEqual(marked([entry('two-weeks', 'beta', {since: '2026-11-16'})], '2w'), []);
  });

  it('within the last docs versions: the version in which the item took its level, going back while it kept it', () => {
    const versions = [
      {name: 'current', label: '3.x', isLast: true},
      {name: '2.0', label: '2.0', isLast: false},
      {name: '1.0', label: '1.0', isLast: false},
    ];
    const entries = [
      // Beta since 1.0: as old as the docs know.
      entry('steady', 'beta', {version: '1.0'}),
      entry('steady', 'beta', {version: '2.0'}),
      entry('steady', 'beta', {version: 'current'}),
      // Alpha in 1.0, Beta since 2.0.
      entry('promoted', 'alpha', {version: '1.0'}),
      entry('promoted', 'beta', {version: '2.0'}),
      entry('promoted', 'beta', {version: 'current'}),
      // New in 3.x.
      entry('added', 'alpha', {version: 'current'}),
      // Unmarked in 3.x, its page still there: Stable now, promoted in 3.x (only the index entry of 2.0 exists).
      entry('graduated', 'beta', {version: '2.0'}),
      // Deprecated in 3.x: retired, not new.
      entry('retiring', 'stable', {version: '2.0'}),
      entry('retiring', 'deprecated', {version: 'current'}),
    ];
    assert.deepEqual(marked(entries.map((item) => ({...item})), 1, versions), [['added@current', '3.x']]);
    // Two versions back: what 2.0 brought too, on its own pages and where it still holds.
    assert.deepEqual(marked(entries.map((item) => ({...item})), 2, versions), [
      ['promoted@2.0', '2.0'],
      ['promoted@current', '2.0'],
      ['added@current', '3.x'],
      ['graduated@2.0', '2.0'],
      ['retiring@2.0', '2.0'],
    ]);
  });

  it('without versioned docs, within the newest version since values', () => {
    const entries = [
      entry('a', 'beta', {since: '2.18'}),
      entry('b', 'beta', {since: '2.19'}),
      entry('c', 'alpha', {since: '2.20'}),
      entry('d', 'stable', {since: '2026-11-30'}),
      entry('e', 'beta', {ref: 'e', form: 'registry', history: [{level: 'alpha', since: '2.10'}, {level: 'beta', since: '2.19'}]}),
    ];
    assert.deepEqual(marked(entries, 2), [
      ['b', '2.19'],
      ['c', '2.20'],
      ['e', '2.19'],
    ]);
  });

  it('counts the releases from the version readers see by default; an unreleased "Next" is in the window', () => {
    const versions = [
      {name: 'current', label: 'Next', isLast: false},
      {name: '2.0', label: '2.0', isLast: true},
      {name: '1.0', label: '1.0', isLast: false},
    ];
    const entries = [
      entry('promoted', 'alpha', {version: '1.0'}),
      entry('promoted', 'beta', {version: '2.0'}),
      entry('promoted', 'beta', {version: 'current'}),
      entry('unreleased', 'alpha', {version: 'current'}),
    ];
    assert.deepEqual(marked(entries, 1, versions), [
      ['promoted@2.0', '2.0'],
      ['promoted@current', '2.0'],
      ['unreleased@current', 'Next'],
    ]);
  });

  it('follows a registry item across versions, whichever page the index took its mention from', () => {
    const versions = [
      {name: 'current', label: '2.x', isLast: true},
      {name: '1.0', label: '1.0', isLast: false},
    ];
    const mention = (version: string, docId: string) =>
      entry('trace', 'stable', {version, docId, ref: 'trace', permalink: `/${version}/${docId}`, anchor: `/${version}/${docId}#trace`});
    const entries = [mention('1.0', 'apis/torch'), mention('current', 'apis/a-new-page')];
    markNew({entries, pages: [], versions, taxonomy, defaultLevel: 'stable', newFor: 1, now: '2026-12-01'});
    assert.deepEqual(entries.map((item) => item.newIn), [undefined, undefined]);
    // Nor did it change level between the versions.
    assert.deepEqual(versionReleases({entries, pages: [], versions, taxonomy, defaultLevel: 'stable'})[0]!.changes, []);
  });

  it("pages ask by their file and the item's id, registry items by their id and docs version, partials by id and title", () => {
    const entries = [
      entry('trace', 'beta', {newIn: '2.x'}),
      entry('jit', 'beta'),
      entry('cache', 'beta', {ref: 'cache', newIn: '2.x', version: 'current'}),
    ];
    const lookup = new NewItems(entries, [
      {filePath: '/site/docs/apis/torch.md', permalink: '/apis/torch'},
      {filePath: '/site/docs/other.md', permalink: '/other'},
    ]);
    assert.equal(lookup.of('/site/docs/apis/torch.md', undefined, {id: 'trace', title: 'trace'}), '2.x');
    assert.equal(lookup.of('/site/docs/apis/torch.md', undefined, {id: 'jit', title: 'jit'}), undefined);
    assert.equal(lookup.of('/site/docs/other.md', undefined, {id: 'trace', title: 'trace'}), undefined);
    // Mentioned on any page, under any id, in the same version.
    assert.equal(lookup.of('/site/docs/other.md', 'current', {id: 'persistent-cache', title: 'Cache', ref: 'cache'}), '2.x');
    assert.equal(lookup.of('/site/docs/other.md', '1.0', {id: 'persistent-cache', title: 'Cache', ref: 'cache'}), undefined);
    // A partial is no page: its item is new when the item of that id and title is.
    assert.equal(lookup.of('/site/docs/_shared.mdx', undefined, {id: 'trace', title: 'trace'}), '2.x');
    assert.equal(lookup.of('/site/docs/_shared.mdx', undefined, {id: 'trace', title: 'Other'}), undefined);
  });
});
